import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { paths } from '../../app/paths';
import type { OpenCallFieldsFragment } from '../../gql/graphql';
import { browserTimeZone } from '../identity/fields';
import { formatWithZone } from '../projects/format';
import { PublicLayout } from './PublicLayout';

/** An unknown call, or one outside its submission window. */
export function CallUnavailable({ call }: { call?: OpenCallFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const zone = browserTimeZone();
  const notYet = call ? Date.parse(call.opensAt) > Date.now() : false;
  const body = !call
    ? t('projects.call.unavailableBody')
    : notYet
      ? t('projects.call.notOpenBody', { time: formatWithZone(call.opensAt, language, zone) })
      : t('projects.call.closedBody', { time: formatWithZone(call.closesAt, language, zone) });
  return (
    <PublicLayout title={t('projects.call.unavailableTitle')} width={720}>
      <Card>
        <Result
          status={call ? 'info' : '404'}
          title={t('projects.call.unavailableTitle')}
          subTitle={body}
          extra={
            <Link to={paths.openCalls}>
              <Button type="primary">{t('projects.call.allCalls')}</Button>
            </Link>
          }
        />
      </Card>
    </PublicLayout>
  );
}
