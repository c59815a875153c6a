import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ReloadOutlined, RedoOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Select,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  ReplayWebhookDeliveryDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type WebhookDeliveriesQuery,
  type WebhookDeliveryStatus,
  type WebhookEndpointFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { formatDateTime, formatRelative } from '../projects/format';
import {
  DeliveryStatusTag,
  eventTypeLabel,
  IN_FLIGHT,
  webhookProblem,
  webhookReason,
  type Outcome,
} from './webhook-ui';

type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['edges'][number]['node'];

const PAGE = 20;
/** While a delivery is under way the log is read again this often. */
const POLL_MS = 2_000;
const STATUSES: readonly WebhookDeliveryStatus[] = ['PENDING', 'SENDING', 'RETRYING', 'DELIVERED', 'FAILED'];

/** One endpoint's deliveries, newest first: status, HTTP answer, duration, attempts, next retry, error; replay. */
export function DeliveryLog({
  endpoint,
  timeZone,
}: {
  endpoint: WebhookEndpointFieldsFragment;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const client = useApolloClient();
  const [status, setStatus] = useState<WebhookDeliveryStatus>();
  const query = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId: endpoint.id, status: status ?? null, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [replay] = useMutation(ReplayWebhookDeliveryDocument);
  const [replaying, setReplaying] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const connection = query.data?.webhookDeliveries;
  const deliveries = connection?.edges.map((edge) => edge.node) ?? [];
  const busy = deliveries.some((d) => IN_FLIGHT.includes(d.status));

  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (busy) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [busy, startPolling, stopPolling]);

  const replayOne = async (delivery: Delivery) => {
    setReplaying(delivery.id);
    setOutcome(undefined);
    try {
      await replay({ variables: { id: delivery.id } });
      setOutcome({ type: 'success', message: (tr) => tr('webhooks.log.replayed') });
      await query.refetch();
    } catch (error) {
      setOutcome({ type: 'error', message: (tr) => webhookProblem(tr, error) });
      // The page was behind: show the delivery's current status, or the endpoint's disabled switch.
      const reason = webhookReason(error);
      if (reason === 'DELIVERY_IN_PROGRESS') await query.refetch().catch(() => undefined);
      if (reason === 'ENDPOINT_DISABLED')
        await client.refetchQueries({ include: [WebhookEndpointsDocument] }).catch(() => undefined);
    } finally {
      setReplaying(undefined);
    }
  };

  const time = (iso: string | null | undefined) =>
    iso ? (
      <Flex vertical>
        <span title={iso} style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(iso, language, timeZone)}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatRelative(iso, language)}
        </Typography.Text>
      </Flex>
    ) : (
      t('webhooks.none')
    );

  const columns: TableColumnsType<Delivery> = [
    { key: 'time', title: t('webhooks.log.time'), width: 160, render: (_, d) => time(d.createdAt) },
    {
      key: 'event',
      title: t('webhooks.log.event'),
      width: 170,
      render: (_, d) => (
        <Flex vertical>
          <span>{eventTypeLabel(t, d.eventType)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.eventType}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('webhooks.log.status'),
      width: 170,
      render: (_, d) => (
        <Flex vertical gap={2} align="flex-start">
          <DeliveryStatusTag status={d.status} />
          {d.nextRetryAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} title={d.nextRetryAt}>
              {t('webhooks.log.nextRetryAt', {
                time: formatDateTime(d.nextRetryAt, language, timeZone),
                relative: formatRelative(d.nextRetryAt, language),
              })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'answer',
      title: t('webhooks.log.answer'),
      width: 130,
      render: (_, d) =>
        d.attemptCount === 0 ? (
          t('webhooks.none')
        ) : (
          <Flex vertical>
            <span>{d.lastStatusCode ?? t('webhooks.log.noAnswer')}</span>
            {d.lastResponseTimeMs === null ? null : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('webhooks.log.ms', { ms: new Intl.NumberFormat(language).format(d.lastResponseTimeMs) })}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    {
      key: 'attempts',
      title: t('webhooks.log.attempts'),
      dataIndex: 'attemptCount',
      width: 80,
      align: 'right',
    },
    {
      key: 'error',
      title: t('webhooks.log.error'),
      render: (_, d) =>
        d.lastError ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: d.lastError }} style={{ maxWidth: 220 }}>
            {d.lastError}
          </Typography.Text>
        ) : (
          t('webhooks.none')
        ),
    },
    {
      key: 'replay',
      title: '',
      width: 120,
      render: (_, d) =>
        d.status === 'DELIVERED' || d.status === 'FAILED' ? (
          <Tooltip title={endpoint.enabled ? undefined : t('webhooks.reason.ENDPOINT_DISABLED')}>
            <Button
              size="small"
              icon={<RedoOutlined />}
              loading={replaying === d.id}
              disabled={!endpoint.enabled}
              onClick={(event) => {
                event.stopPropagation();
                void replayOne(d);
              }}
            >
              {t('webhooks.log.replay')}
            </Button>
          </Tooltip>
        ) : null,
    },
  ];

  return (
    <Card
      title={t('webhooks.log.title', { url: endpoint.url })}
      data-testid="delivery-log"
      extra={
        <Flex gap={8}>
          <Select
            allowClear
            placeholder={t('webhooks.log.filterAll')}
            aria-label={t('webhooks.log.filter')}
            value={status}
            onChange={(value?: WebhookDeliveryStatus) => setStatus(value)}
            options={STATUSES.map((value) => ({ value, label: t(`webhooks.status.${value}`) }))}
            style={{ width: 150 }}
          />
          <Button
            icon={<ReloadOutlined />}
            loading={query.networkStatus === NetworkStatus.refetch}
            onClick={() => void query.refetch().catch(() => undefined)}
          >
            {t('webhooks.log.refresh')}
          </Button>
        </Flex>
      }
    >
      {outcome ? (
        <Alert
          type={outcome.type}
          showIcon
          closable
          onClose={() => setOutcome(undefined)}
          message={outcome.message(t)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {query.error && !connection ? (
        <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <>
          <Table<Delivery>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={deliveries}
            loading={!connection && query.loading}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('webhooks.log.empty') }}
            expandable={{
              expandedRowRender: (d) => <Attempts delivery={d} timeZone={timeZone} />,
              expandRowByClick: true,
            }}
            data-testid="delivery-table"
          />
          {connection && connection.totalCount > 0 ? (
            <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">
                {t('webhooks.log.shown', { shown: deliveries.length, total: connection.totalCount })}
              </Typography.Text>
              {connection.pageInfo.hasNextPage ? (
                <Button
                  loading={query.networkStatus === NetworkStatus.fetchMore}
                  onClick={() =>
                    void query
                      .fetchMore({ variables: { after: connection.pageInfo.endCursor } })
                      .catch(() => undefined)
                  }
                >
                  {t('webhooks.log.loadMore')}
                </Button>
              ) : null}
            </Flex>
          ) : null}
        </>
      )}
    </Card>
  );
}

function Attempts({ delivery, timeZone }: { delivery: Delivery; timeZone: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('webhooks.log.deliveryId')}:{' '}
        <Typography.Text code copyable style={{ fontSize: 12 }}>
          {delivery.id}
        </Typography.Text>{' '}
        · {t('webhooks.log.eventId')}:{' '}
        <Typography.Text code style={{ fontSize: 12 }}>
          {delivery.eventId}
        </Typography.Text>
      </Typography.Text>
      <Typography.Text strong>{t('webhooks.log.attemptsTitle')}</Typography.Text>
      {delivery.attempts.length === 0 ? (
        <Typography.Text type="secondary">{t('webhooks.statusHint.PENDING')}</Typography.Text>
      ) : (
        delivery.attempts.map((attempt) => (
          <Descriptions
            key={`${attempt.series}-${attempt.attempt}`}
            size="small"
            bordered
            column={{ xs: 1, md: 4 }}
            title={
              <Typography.Text style={{ fontSize: 13 }}>
                {t('webhooks.log.attemptLine', { series: attempt.series, attempt: attempt.attempt })} ·{' '}
                {formatDateTime(attempt.at, language, timeZone)}
              </Typography.Text>
            }
            items={[
              {
                key: 'code',
                label: t('webhooks.log.code'),
                children: attempt.statusCode ?? t('webhooks.log.noAnswer'),
              },
              {
                key: 'duration',
                label: t('webhooks.log.duration'),
                children: t('webhooks.log.ms', {
                  ms: new Intl.NumberFormat(language).format(attempt.durationMs),
                }),
              },
              {
                key: 'error',
                label: t('webhooks.log.error'),
                span: 2,
                children: attempt.error ?? t('webhooks.none'),
              },
              ...(attempt.responseExcerpt
                ? [
                    {
                      key: 'response',
                      label: t('webhooks.log.response'),
                      span: 4,
                      children: (
                        <Typography.Text
                          code
                          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}
                        >
                          {attempt.responseExcerpt}
                        </Typography.Text>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        ))
      )}
    </Flex>
  );
}
