import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  WebhookEndpointsDocument,
  type DomainEventType,
  type WebhookEndpointFieldsFragment,
} from '../../gql/graphql';
import {
  EVENT_TYPES,
  urlProblem,
  urlReasonMessage,
  webhookProblem,
  webhookReason,
  WIRE_NAMES,
} from './webhook-ui';

interface Values {
  url: string;
  description?: string;
  eventTypes: DomainEventType[];
  enabled: boolean;
}

/**
 * Adds an endpoint (then hands its secret to `onCreated`, to be shown once) or edits one. The URL is checked
 * here as the API checks it, and a URL the API refuses is named on the field.
 */
export function EndpointFormModal({
  open,
  endpoint,
  onClose,
  onCreated,
}: {
  open: boolean;
  /** Absent: a new endpoint. */
  endpoint?: WebhookEndpointFieldsFragment;
  onClose: () => void;
  onCreated: (endpoint: WebhookEndpointFieldsFragment, secret: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const [create, creating] = useMutation(CreateWebhookEndpointDocument, {
    refetchQueries: [WebhookEndpointsDocument],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument);
  const [problem, setProblem] = useState<string>();
  const chosen = Form.useWatch('eventTypes', form) ?? [];

  const submit = async () => {
    setProblem(undefined);
    const values = await form.validateFields();
    const input = {
      url: values.url.trim(),
      description: values.description?.trim() ?? '',
      eventTypes: values.eventTypes,
    };
    try {
      if (endpoint) {
        await update({
          variables: {
            id: endpoint.id,
            input: { ...input, enabled: values.enabled, version: endpoint.version },
          },
        });
        onClose();
      } else {
        const { data } = await create({
          variables: {
            input: { ...input, description: input.description || null, enabled: values.enabled },
          },
        });
        const answer = data?.createWebhookEndpoint;
        if (answer) onCreated(answer.endpoint, answer.secret);
      }
    } catch (error) {
      const urlMessage = urlReasonMessage(t, error);
      if (urlMessage) form.setFields([{ name: 'url', errors: [urlMessage] }]);
      else setProblem(webhookProblem(t, error));
      // Changed meanwhile: read its latest state (and version), so the next save applies to it.
      if (webhookReason(error) === 'STALE_VERSION')
        await client.refetchQueries({ include: [WebhookEndpointsDocument] }).catch(() => undefined);
    }
  };

  return (
    <Modal
      open={open}
      title={endpoint ? t('webhooks.form.editTitle') : t('webhooks.form.createTitle')}
      onCancel={onClose}
      width={680}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('webhooks.form.cancel')}</Button>
          <Button
            type="primary"
            loading={creating.loading || updating.loading}
            onClick={() => void submit().catch(() => undefined)}
          >
            {endpoint ? t('webhooks.form.save') : t('webhooks.form.create')}
          </Button>
        </Flex>
      }
    >
      {problem ? (
        <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={{
          url: endpoint?.url ?? '',
          description: endpoint?.description ?? '',
          eventTypes: endpoint?.eventTypes ?? [],
          enabled: endpoint?.enabled ?? true,
        }}
      >
        <Form.Item
          name="url"
          label={t('webhooks.form.url')}
          extra={t('webhooks.form.urlHint')}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const message = urlProblem(t, value);
                return message ? Promise.reject(new Error(message)) : Promise.resolve();
              },
            },
          ]}
          validateTrigger="onBlur"
        >
          <Input placeholder={t('webhooks.form.urlPlaceholder')} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('webhooks.form.description')}
          rules={[{ max: 500, message: t('webhooks.form.validation.tooLong', { max: 500 }) }]}
        >
          <Input placeholder={t('webhooks.form.descriptionPlaceholder')} maxLength={500} />
        </Form.Item>
        <Form.Item
          label={
            <Flex gap={12} align="center">
              <span>{t('webhooks.form.events')}</span>
              <Checkbox
                checked={chosen.length === EVENT_TYPES.length}
                indeterminate={chosen.length > 0 && chosen.length < EVENT_TYPES.length}
                onChange={(event) =>
                  form.setFieldValue('eventTypes', event.target.checked ? [...EVENT_TYPES] : [])
                }
              >
                {t('webhooks.form.selectAll')}
              </Checkbox>
            </Flex>
          }
          extra={t('webhooks.form.eventsHint')}
          required
        >
          <Form.Item
            name="eventTypes"
            noStyle
            // required too: a value the form lost (no array at all) must fail like an empty choice, not pass.
            rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.form.validation.events') }]}
          >
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={8} style={{ width: '100%' }}>
                {EVENT_TYPES.map((type) => (
                  <Checkbox key={type} value={type} data-testid={`event-type-${type}`}>
                    <Flex vertical>
                      <span>
                        {t(`webhooks.eventType.${type}`)}{' '}
                        <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                          {WIRE_NAMES[type]}
                        </Typography.Text>
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`webhooks.eventTypeHint.${type}`)}
                      </Typography.Text>
                    </Flex>
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        </Form.Item>
        <Form.Item
          name="enabled"
          label={t('webhooks.form.enabled')}
          valuePropName="checked"
          extra={t('webhooks.form.enabledHint')}
        >
          <Switch data-testid="endpoint-enabled" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
