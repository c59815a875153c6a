import './strings';
import { useQuery } from '@apollo/client/react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageStatus } from '../../app/layout/PageStatus';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import { paths } from '../../app/paths';
import { CeremonyDocument } from '../../gql/graphql';
import { formatInstant, pickText } from '../programmes/shared';
import { AgreementsTable } from './AgreementsPage';
import { money } from './ui';

/** One signing ceremony: when and how it is held, and the agreements signed at it with their total. */
export default function CeremonyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useQuery(CeremonyDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const ceremony = query.data?.ceremony;
  if (!ceremony)
    return (
      <PageStatus
        title={t('matching.ceremony.title')}
        error={query.error}
        onRetry={() => void query.refetch().catch(() => undefined)}
      />
    );
  return (
    <>
      <PageHeader
        title={pickText(ceremony.title, language)}
        intro={
          <Space>
            <Tag>{t(`matching.ceremonyMode.${ceremony.mode}`)}</Tag>
            <span>{`${formatInstant(ceremony.heldAt, language, ceremony.timeZone)} (${ceremony.timeZone})`}</span>
          </Space>
        }
        extra={
          <Link to={`${paths.agreements}?tab=ceremonies`}>
            <Button icon={<ArrowLeftOutlined />}>{t('matching.agreements.title')}</Button>
          </Link>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('matching.ceremony.venue')}>
            {ceremony.venue || t('matching.common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('matching.ceremony.agreements')}>
            {ceremony.agreementCount}
          </Descriptions.Item>
          <Descriptions.Item label={t('matching.ceremony.committed')}>
            {money(ceremony.committed, language)}
          </Descriptions.Item>
        </Descriptions>
        {ceremony.missingRates.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            message={t('matching.agreements.missingRates', { currencies: ceremony.missingRates.join(', ') })}
          />
        ) : null}
      </Card>
      <Card title={t('matching.ceremony.agreements')}>
        <AgreementsTable ceremonyId={ceremony.id} />
      </Card>
    </>
  );
}
