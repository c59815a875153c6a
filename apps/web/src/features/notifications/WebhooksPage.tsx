import './webhook-strings';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ApiOutlined,
  DeleteOutlined,
  EditOutlined,
  KeyOutlined,
  MoreOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Dropdown,
  Flex,
  Modal,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { PageHeader } from '../../app/layout/PageHeader';
import {
  DeleteWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookDocument,
  UpdateWebhookEndpointDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type WebhookEndpointsQuery,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { useUserTimeZone } from '../projects/cans';
import { formatDateTime, formatRelative } from '../projects/format';
import { DeliveryLog } from './DeliveryLog';
import { EndpointFormModal } from './EndpointFormModal';
import { SecretModal } from './SecretModal';
import {
  DeliveryStatusTag,
  EVENT_TYPES,
  eventTypeLabel,
  IN_FLIGHT,
  webhookProblem,
  webhookReason,
  WIRE_NAMES,
  type Outcome,
} from './webhook-ui';

/** An endpoint as the list reads it, with its latest delivery. */
type Endpoint = WebhookEndpointsQuery['webhookEndpoints']['edges'][number]['node'];
type LastDeliveryFields = NonNullable<Endpoint['lastDelivery']>;

/** At most 25 per organisation: one page holds them all. */
const ENDPOINTS_PAGE = 50;
/** While a latest delivery is under way the list is read again this often. */
const POLL_MS = 2_000;

const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

// rawBody: the request body exactly as received (a string), before any JSON parsing.
function verify(secret, header, rawBody, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=')));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
  const given = String(parts.v1 ?? '');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}`;

/** Organizers: the organisation's webhook endpoints, their secrets, tests and delivery logs. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const zone = useUserTimeZone();
  const query = useQuery(WebhookEndpointsDocument, {
    variables: { first: ENDPOINTS_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const endpoints = query.data?.webhookEndpoints.edges.map((edge) => edge.node) ?? [];
  // The latest deliveries come with the list: read it again while one of them is under way.
  const inFlight = endpoints.some((e) => e.lastDelivery && IN_FLIGHT.includes(e.lastDelivery.status));
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (inFlight) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [inFlight, startPolling, stopPolling]);
  const [editing, setEditing] = useState<Endpoint | 'new'>();
  const [secret, setSecret] = useState<{ value: string; url: string }>();
  const [selectedId, setSelectedId] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const selected = endpoints.find((e) => e.id === selectedId) ?? endpoints[0];

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        intro={t('webhooks.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('webhooks.add')}
          </Button>
        }
      />
      <VerifyGuide />
      {outcome ? (
        <Alert
          type={outcome.type}
          showIcon
          closable
          onClose={() => setOutcome(undefined)}
          message={outcome.message(t)}
          role={outcome.type === 'error' ? 'alert' : 'status'}
          style={{ marginBottom: 16 }}
          data-testid="webhook-outcome"
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        {query.error && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
        ) : (
          <EndpointsTable
            endpoints={endpoints}
            loading={!query.data && query.loading}
            timeZone={zone}
            onSelect={setSelectedId}
            onEdit={setEditing}
            onSecret={(value, url) => setSecret({ value, url })}
            onOutcome={setOutcome}
          />
        )}
      </Card>
      {selected ? <DeliveryLog key={selected.id} endpoint={selected} timeZone={zone} /> : null}
      <EndpointFormModal
        open={editing !== undefined}
        endpoint={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
        onCreated={(endpoint, value) => {
          setEditing(undefined);
          setSelectedId(endpoint.id);
          setSecret({ value, url: endpoint.url });
        }}
      />
      <SecretModal secret={secret?.value} url={secret?.url ?? ''} onClose={() => setSecret(undefined)} />
    </>
  );
}

function VerifyGuide() {
  const { t } = useTranslation();
  return (
    <Collapse
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'verify',
          label: (
            <Flex gap={8} align="center">
              <SafetyCertificateOutlined />
              {t('webhooks.verify.title')}
            </Flex>
          ),
          children: (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ margin: 0 }}>{t('webhooks.verify.body')}</Typography.Paragraph>
              <Typography.Text strong>{t('webhooks.verify.example')}</Typography.Text>
              <Typography.Paragraph copyable={{ text: VERIFY_EXAMPLE }} style={{ margin: 0 }}>
                <pre style={{ margin: 0, fontSize: 12, overflowX: 'auto' }}>{VERIFY_EXAMPLE}</pre>
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('webhooks.verify.docs')}</Typography.Text>
            </Flex>
          ),
        },
      ]}
    />
  );
}

function EndpointsTable({
  endpoints,
  loading,
  timeZone,
  onSelect,
  onEdit,
  onSecret,
  onOutcome,
}: {
  endpoints: Endpoint[];
  loading: boolean;
  timeZone: string;
  onSelect: (id: string) => void;
  onEdit: (endpoint: Endpoint) => void;
  onSecret: (secret: string, url: string) => void;
  onOutcome: (outcome: Outcome | undefined) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [modal, modalHolder] = Modal.useModal();
  const client = useApolloClient();
  const refetch = () => client.refetchQueries({ include: [WebhookEndpointsDocument] }).catch(() => undefined);
  const [update] = useMutation(UpdateWebhookEndpointDocument);
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [remove] = useMutation(DeleteWebhookEndpointDocument, {
    refetchQueries: [WebhookEndpointsDocument],
    awaitRefetchQueries: true,
  });
  const [sendTest] = useMutation(SendTestWebhookDocument, {
    refetchQueries: [WebhookDeliveriesDocument, WebhookEndpointsDocument],
  });
  const [busy, setBusy] = useState<string>();

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    onOutcome(undefined);
    try {
      await work();
    } catch (error) {
      onOutcome({ type: 'error', message: (tr) => webhookProblem(tr, error) });
      // The list was behind (changed or disabled meanwhile): show the endpoints as they are now.
      const reason = webhookReason(error);
      if (reason === 'STALE_VERSION' || reason === 'ENDPOINT_DISABLED') await refetch();
    } finally {
      setBusy(undefined);
    }
  };

  const confirmRotate = (e: Endpoint) =>
    void modal.confirm({
      title: t('webhooks.actions.rotateTitle'),
      content: t('webhooks.actions.rotateBody'),
      okText: t('webhooks.actions.rotateOk'),
      cancelText: t('webhooks.actions.cancel'),
      onOk: () =>
        run(`rotate-${e.id}`, async () => {
          const { data } = await rotate({ variables: { id: e.id } });
          if (data) onSecret(data.rotateWebhookSecret.secret, data.rotateWebhookSecret.endpoint.url);
        }),
    });

  const confirmDelete = (e: Endpoint) =>
    void modal.confirm({
      title: t('webhooks.actions.deleteTitle'),
      content: t('webhooks.actions.deleteBody', { url: e.url }),
      okText: t('webhooks.actions.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('webhooks.actions.cancel'),
      onOk: () =>
        run(`delete-${e.id}`, async () => {
          await remove({ variables: { id: e.id } });
        }),
    });

  const columns: TableColumnsType<Endpoint> = [
    {
      key: 'url',
      title: t('webhooks.column.url'),
      render: (_, e) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ wordBreak: 'break-all' }} data-testid="endpoint-url">
            {e.url}
          </Typography.Text>
          {e.description ? <Typography.Text type="secondary">{e.description}</Typography.Text> : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <KeyOutlined />{' '}
            {t('webhooks.secretLine', {
              hint: e.secretHint,
              date: formatDateTime(e.secretCreatedAt, language, timeZone),
            })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'events',
      title: t('webhooks.column.events'),
      width: 240,
      render: (_, e) =>
        e.eventTypes.length === EVENT_TYPES.length ? (
          <Tag color="blue">{t('webhooks.allEvents', { count: EVENT_TYPES.length })}</Tag>
        ) : (
          <Flex gap={4} wrap>
            {e.eventTypes.map((type) => (
              <Tooltip key={type} title={WIRE_NAMES[type]}>
                <Tag style={{ marginInlineEnd: 0 }}>{t(`webhooks.eventType.${type}`)}</Tag>
              </Tooltip>
            ))}
          </Flex>
        ),
    },
    {
      key: 'enabled',
      title: t('webhooks.column.enabled'),
      width: 80,
      render: (_, e) => (
        <Switch
          checked={e.enabled}
          loading={busy === `enable-${e.id}`}
          aria-label={t('webhooks.column.enabled')}
          onClick={(_checked, event) => event.stopPropagation()}
          onChange={(enabled) =>
            void run(`enable-${e.id}`, async () => {
              await update({ variables: { id: e.id, input: { enabled, version: e.version } } });
              onOutcome({
                type: 'success',
                message: (tr) =>
                  enabled ? tr('webhooks.actions.enabledOn') : tr('webhooks.actions.enabledOff'),
              });
            })
          }
        />
      ),
    },
    {
      key: 'last',
      title: t('webhooks.column.lastDelivery'),
      width: 150,
      render: (_, e) => <LastDelivery delivery={e.lastDelivery} />,
    },
    {
      key: 'actions',
      title: t('webhooks.column.actions'),
      width: 190,
      render: (_, e) => (
        <Flex gap={4} onClick={(event) => event.stopPropagation()}>
          <Tooltip title={e.enabled ? undefined : t('webhooks.reason.ENDPOINT_DISABLED')}>
            <Button
              size="small"
              icon={<SendOutlined />}
              disabled={!e.enabled}
              loading={busy === `test-${e.id}`}
              onClick={() =>
                void run(`test-${e.id}`, async () => {
                  onSelect(e.id);
                  await sendTest({ variables: { endpointId: e.id } });
                  onOutcome({
                    type: 'success',
                    message: (tr) => tr('webhooks.actions.testSent', { url: e.url }),
                  });
                })
              }
            >
              {t('webhooks.actions.test')}
            </Button>
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'log', icon: <UnorderedListOutlined />, label: t('webhooks.actions.deliveries') },
                { key: 'edit', icon: <EditOutlined />, label: t('webhooks.actions.edit') },
                { key: 'rotate', icon: <KeyOutlined />, label: t('webhooks.actions.rotate') },
                { type: 'divider' },
                {
                  key: 'delete',
                  icon: <DeleteOutlined />,
                  label: t('webhooks.actions.delete'),
                  danger: true,
                },
              ],
              onClick: ({ key, domEvent }) => {
                domEvent.stopPropagation();
                if (key === 'log') onSelect(e.id);
                if (key === 'edit') onEdit(e);
                if (key === 'rotate') confirmRotate(e);
                if (key === 'delete') confirmDelete(e);
              },
            }}
          >
            <Button
              size="small"
              icon={<MoreOutlined />}
              aria-label={t('webhooks.more')}
              loading={busy === `rotate-${e.id}` || busy === `delete-${e.id}`}
              data-testid="endpoint-more"
            />
          </Dropdown>
        </Flex>
      ),
    },
  ];

  return (
    <>
      {modalHolder}
      <Table<Endpoint>
        rowKey="id"
        columns={columns}
        dataSource={endpoints}
        loading={loading}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{
          emptyText: (
            <Flex vertical align="center" gap={8} style={{ padding: 24 }}>
              <ApiOutlined style={{ fontSize: 28 }} />
              <span>{t('webhooks.empty')}</span>
            </Flex>
          ),
        }}
        onRow={(e) => ({ onClick: () => onSelect(e.id), style: { cursor: 'pointer' } })}
        data-testid="webhook-endpoints"
      />
    </>
  );
}

/** The endpoint's latest delivery (read with the list): status, HTTP answer and when. */
function LastDelivery({ delivery }: { delivery: LastDeliveryFields | null }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  if (!delivery) return <Typography.Text type="secondary">{t('webhooks.noDeliveries')}</Typography.Text>;
  return (
    <Flex vertical gap={2} data-testid="last-delivery">
      <Flex gap={6} align="center">
        <DeliveryStatusTag status={delivery.status} />
        {delivery.lastStatusCode ? <Typography.Text code>{delivery.lastStatusCode}</Typography.Text> : null}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} title={delivery.createdAt}>
        {eventTypeLabel(t, delivery.eventType)} · {formatRelative(delivery.createdAt, language)}
      </Typography.Text>
    </Flex>
  );
}
