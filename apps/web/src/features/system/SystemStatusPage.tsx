import { ReloadOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/layout/PageHeader';
import { ComponentsTable } from './ComponentsTable';
import { StatusError } from './StatusError';
import { StatusSummary } from './StatusSummary';
import { SystemStatusQuery } from './system-status.query';

/** Live health of the API and its dependencies, refreshed on demand. */
export default function SystemStatusPage() {
  const { t } = useTranslation();
  const { data, error, loading, networkStatus, refetch } = useQuery(SystemStatusQuery, {
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const refreshing = networkStatus === NetworkStatus.refetch;
  // The outcome is rendered from `error`; swallow the rejected promise so it is not reported twice.
  const refresh = () => void refetch().catch(() => undefined);

  let body: ReactNode;
  if (error) body = <StatusError error={error} retrying={refreshing} onRetry={refresh} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else
    body = (
      <>
        <StatusSummary status={data.systemStatus} />
        <Card
          type="inner"
          title={t('system.components')}
          style={{ marginTop: 16 }}
          styles={{ body: { padding: 0 } }}
        >
          <ComponentsTable components={data.systemStatus.components} />
        </Card>
      </>
    );

  return (
    <>
      <PageHeader
        title={t('system.title')}
        intro={t('system.intro')}
        extra={
          <Button icon={<ReloadOutlined />} loading={loading} onClick={refresh}>
            {t('system.refresh')}
          </Button>
        }
      />
      <Card aria-busy={loading}>{body}</Card>
    </>
  );
}
