import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The signing secret, shown this once: copy it, with a plain warning that it cannot be shown again. */
export function SecretModal({
  secret,
  url,
  onClose,
}: {
  secret: string | undefined;
  url: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Clipboard refused (no permission): the field is selected so the user can copy it by hand.
      const field = document.getElementById('webhook-secret') as HTMLInputElement | null;
      field?.select();
    }
  };
  return (
    <Modal
      open={Boolean(secret)}
      title={t('webhooks.secret.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      afterClose={() => setCopied(false)}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('webhooks.secret.done')}
        </Button>
      }
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon message={t('webhooks.secret.warning')} />
        <Typography.Text type="secondary">{t('webhooks.secret.for', { url })}</Typography.Text>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id="webhook-secret"
            readOnly
            value={secret}
            onFocus={(event) => event.target.select()}
            style={{ fontFamily: 'monospace' }}
            data-testid="webhook-secret"
          />
          <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
            {copied ? t('webhooks.secret.copied') : t('webhooks.secret.copy')}
          </Button>
        </Space.Compact>
      </Flex>
    </Modal>
  );
}
