import './strings';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../app/layout/PageHeader';
import { AuditActorsDocument, AuditEventsDocument } from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { useUserTimeZone } from '../projects/cans';
import { AuditTable } from './AuditTable';
import { useAuditLabels } from './labels';
import {
  ACTION_FAMILIES,
  apiFilter,
  KNOWN_ACTIONS,
  OBJECT_TYPES,
  readFilters,
  writeFilters,
  type AuditFilters,
} from './model';
import { useAuditExport } from './useAuditExport';

const PAGE = 50;
const ACTORS_PAGE = 200;
/** The actor filter's choices besides the members: the system (no actor) and any person. */
const ACTOR_KINDS = ['SYSTEM', 'USER'] as const;
const ACTOR_KIND_VALUES: Record<(typeof ACTOR_KINDS)[number], string> = { SYSTEM: 'system', USER: 'people' };

/** Organizers: the organisation's audit trail, filtered, paged, and exported as CSV. */
export default function AuditPage() {
  const { t } = useTranslation();
  const zone = useUserTimeZone();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const variables = useMemo(() => ({ ...apiFilter(filters, zone), first: PAGE }), [filters, zone]);
  const query = useQuery(AuditEventsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.auditEvents;
  const events = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const { exportCsv, busy, outcome, clearOutcome } = useAuditExport();
  const filtered = Object.values(filters).some(Boolean);

  const update = (next: AuditFilters) => {
    clearOutcome();
    setParams(writeFilters(next), { replace: true });
  };

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      {outcome ? (
        <Alert
          type={outcome.type}
          showIcon
          closable
          onClose={clearOutcome}
          message={outcome.message(t)}
          role={outcome.type === 'error' ? 'alert' : 'status'}
          style={{ marginBottom: 16 }}
          data-testid="audit-export-outcome"
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <AuditFilterBar
          filters={filters}
          zone={zone}
          onChange={update}
          exportButton={
            <Flex align="center" gap={12} wrap justify="flex-end" style={{ marginInlineStart: 'auto' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 360 }}>
                {t('audit.export.hint')}
              </Typography.Text>
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={busy}
                disabled={!connection || total === 0}
                onClick={() => void exportCsv(apiFilter(filters, zone))}
                data-testid="audit-export"
              >
                {connection ? t('audit.export.buttonCount', { count: total }) : t('audit.export.button')}
              </Button>
            </Flex>
          }
        />
      </Card>
      <Card>
        {query.error && !connection ? (
          <QueryError error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
        ) : (
          <Flex vertical gap={12}>
            <AuditTable
              events={events}
              loading={query.loading && query.networkStatus !== NetworkStatus.fetchMore}
              timeZone={zone}
              empty={filtered ? t('audit.empty') : t('audit.emptyAll')}
            />
            {connection ? (
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text type="secondary" data-testid="audit-count">
                  {t('audit.shown', { shown: events.length, total })}
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
                    {t('audit.loadMore')}
                  </Button>
                ) : null}
              </Flex>
            ) : null}
          </Flex>
        )}
      </Card>
    </>
  );
}

function AuditFilterBar({
  filters,
  zone,
  onChange,
  exportButton,
}: {
  filters: AuditFilters;
  zone: string;
  onChange: (next: AuditFilters) => void;
  exportButton: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const actors = useQuery(AuditActorsDocument, { variables: { first: ACTORS_PAGE } });
  const members = actors.data?.members;

  const actionOptions: { label: string; options: { value: string; label: ReactNode; search: string }[] }[] = [
    {
      label: t('audit.filters.familyGroup'),
      options: ACTION_FAMILIES.map((family) => ({
        value: `${family}.`,
        label: t('audit.filters.familyOption', { family: labels.family(family) }),
        search: `${family}. ${labels.family(family)}`,
      })),
    },
    {
      label: t('audit.filters.actionGroup'),
      options: KNOWN_ACTIONS.map((code) => ({
        value: code,
        label: (
          <Flex justify="space-between" gap={8}>
            <span>{labels.action(code)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {code}
            </Typography.Text>
          </Flex>
        ),
        search: `${code} ${labels.action(code)}`,
      })),
    },
  ];
  // A code from a link that is not in the list still shows (and can be cleared).
  if (filters.action && !filters.action.endsWith('.') && !KNOWN_ACTIONS.includes(filters.action))
    actionOptions[1]?.options.push({
      value: filters.action,
      label: <>{filters.action}</>,
      search: filters.action,
    });

  const period: [Dayjs, Dayjs] | null =
    filters.fromDay && filters.toDay ? [dayjs(filters.fromDay), dayjs(filters.toDay)] : null;

  return (
    <Form layout="vertical" component="div">
      <Row gutter={[16, 0]}>
        <Col xs={24} md={12} xl={7}>
          <Form.Item label={t('audit.filters.action')} htmlFor="audit-action">
            <Select
              id="audit-action"
              data-testid="audit-filter-action"
              allowClear
              showSearch
              placeholder={t('audit.filters.actionPlaceholder')}
              value={filters.action}
              options={actionOptions}
              optionFilterProp="search"
              onChange={(action?: string) => onChange({ ...filters, action: action || undefined })}
              popupMatchSelectWidth={360}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item label={t('audit.filters.objectType')} htmlFor="audit-type">
            <Select
              id="audit-type"
              allowClear
              showSearch
              placeholder={t('audit.filters.objectTypePlaceholder')}
              value={filters.objectType}
              optionFilterProp="label"
              options={[
                ...OBJECT_TYPES.map((type) => ({ value: type, label: labels.objectType(type) })),
                ...(filters.objectType && !OBJECT_TYPES.includes(filters.objectType)
                  ? [{ value: filters.objectType, label: filters.objectType }]
                  : []),
              ]}
              onChange={(objectType?: string) =>
                onChange({ ...filters, objectType: objectType || undefined, objectId: undefined })
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item label={t('audit.filters.actor')} htmlFor="audit-actor">
            <Select
              id="audit-actor"
              allowClear
              showSearch
              loading={actors.loading}
              placeholder={t('audit.filters.actorPlaceholder')}
              value={
                filters.actorUserId ?? (filters.actorKind ? ACTOR_KIND_VALUES[filters.actorKind] : undefined)
              }
              optionFilterProp="search"
              data-testid="audit-filter-actor"
              popupMatchSelectWidth={280}
              options={[
                {
                  label: t('audit.filters.actorKindGroup'),
                  options: [
                    {
                      value: ACTOR_KIND_VALUES.SYSTEM,
                      label: t('audit.filters.actorSystem'),
                      search: `${t('audit.filters.actorSystem')} ${t('audit.system')}`,
                    },
                    {
                      value: ACTOR_KIND_VALUES.USER,
                      label: t('audit.filters.actorPeople'),
                      search: t('audit.filters.actorPeople'),
                    },
                  ],
                },
                {
                  label: t('audit.filters.actorMembersGroup'),
                  options: (members?.edges ?? []).map(({ node }) => ({
                    value: node.userId,
                    label: node.displayName,
                    search: `${node.displayName} ${node.email}`,
                  })),
                },
              ]}
              onPopupScroll={(event) => {
                const target = event.currentTarget;
                if (
                  members?.pageInfo.hasNextPage &&
                  !actors.loading &&
                  target.scrollTop + target.clientHeight >= target.scrollHeight - 24
                )
                  void actors
                    .fetchMore({ variables: { after: members.pageInfo.endCursor } })
                    .catch(() => undefined);
              }}
              onChange={(actor?: string) => {
                const kind = ACTOR_KINDS.find((k) => ACTOR_KIND_VALUES[k] === actor);
                onChange({
                  ...filters,
                  actorUserId: kind ? undefined : actor || undefined,
                  actorKind: kind,
                });
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Form.Item label={t('audit.filters.period')} extra={t('audit.filters.periodHint', { zone })}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              value={period}
              allowEmpty={[false, false]}
              placeholder={[t('audit.filters.periodStart'), t('audit.filters.periodEnd')]}
              disabledDate={(day) => day.isAfter(dayjs().add(1, 'day'), 'day')}
              onChange={(range) =>
                onChange({
                  ...filters,
                  fromDay: range?.[0]?.format('YYYY-MM-DD'),
                  toDay: range?.[1]?.format('YYYY-MM-DD'),
                })
              }
              data-testid="audit-filter-period"
            />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={16} align="flex-end" wrap>
        {filters.objectType || filters.objectId ? (
          <Form.Item label={t('audit.filters.objectId')} style={{ marginBottom: 0, minWidth: 320 }}>
            <Input.Search
              key={filters.objectId ?? ''}
              defaultValue={filters.objectId}
              placeholder={t('audit.filters.objectIdPlaceholder')}
              allowClear
              maxLength={100}
              onSearch={(value) => onChange({ ...filters, objectId: value.trim() || undefined })}
            />
          </Form.Item>
        ) : null}
        {Object.values(filters).some(Boolean) ? (
          <Button onClick={() => onChange({})}>{t('audit.filters.clear')}</Button>
        ) : null}
        {exportButton}
      </Flex>
    </Form>
  );
}
