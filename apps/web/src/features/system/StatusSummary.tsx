import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { SystemStatusQuery } from '../../gql/graphql';
import { formatInstant } from './format';
import { StatusTag } from './StatusTag';

type SystemStatus = SystemStatusQuery['systemStatus'];

/** Overall verdict, version, environment and when the API ran its checks. */
export function StatusSummary({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const up = status.status === 'UP';

  return (
    <>
      <Alert
        showIcon
        type={up ? 'success' : 'error'}
        message={up ? t('system.allUp') : t('system.someDown')}
        description={up ? undefined : t('system.someDownHint')}
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'overall', label: t('system.overall'), children: <StatusTag status={status.status} /> },
          {
            key: 'version',
            label: t('system.version'),
            children: <Typography.Text code>{status.version}</Typography.Text>,
          },
          { key: 'environment', label: t('system.environment'), children: status.environment },
          {
            key: 'checkedAt',
            label: t('system.checkedAt'),
            children: <time dateTime={status.checkedAt}>{formatInstant(status.checkedAt, language)}</time>,
          },
        ]}
      />
    </>
  );
}
