import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, problemMessage } from '../identity/errors';

/** A failed list query: translated message and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      message={problemMessage(t, describeError(error))}
      action={
        <Button size="small" onClick={onRetry}>
          {t('system.error.retry')}
        </Button>
      }
    />
  );
}
