import { DisconnectOutlined, ExclamationCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface StatusErrorProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/**
 * Failure to get the status. A GraphQL error means the API answered; anything else (network failure,
 * proxy 5xx, non-JSON answer) means it could not be reached.
 */
export function StatusError({ error, retrying, onRetry }: StatusErrorProps) {
  const { t } = useTranslation();
  const answered = CombinedGraphQLErrors.is(error);

  return (
    <div role="alert">
      <Result
        status={answered ? 'error' : 'warning'}
        icon={answered ? <ExclamationCircleOutlined /> : <DisconnectOutlined />}
        title={answered ? t('system.error.failedTitle') : t('system.error.unreachableTitle')}
        subTitle={answered ? t('system.error.failedBody') : t('system.error.unreachableBody')}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} loading={retrying} onClick={onRetry}>
            {t('system.error.retry')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: 0 }}>
          {t('system.error.details')}: <Typography.Text code>{error.message}</Typography.Text>
        </Typography.Paragraph>
      </Result>
    </div>
  );
}
