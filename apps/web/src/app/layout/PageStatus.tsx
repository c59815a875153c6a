import { Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';
import { describeError } from '../../features/identity/errors';
import { QueryError } from '../../features/members/QueryError';

/**
 * A detail page before its record is there: loading, not found (also for what the user may not see, so a
 * stranger learns nothing), or another failure with a retry.
 */
export function PageStatus({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const code = error ? describeError(error).code : undefined;
  return (
    <>
      <PageHeader title={title} />
      {!error ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'VALIDATION' ? (
        <Result status="404" title={t('app.recordNotFoundTitle')} subTitle={t('app.recordNotFoundBody')} />
      ) : (
        <QueryError error={error} onRetry={onRetry} />
      )}
    </>
  );
}
