import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { formatDateTime, formatRelative } from '../projects/format';
import { AuditDetails, orderedEntries } from './AuditDetails';
import { useCodeNames } from './codes';
import { useAuditLabels } from './labels';
import { objectPath, type AuditEvent } from './model';

/** Time in the user's zone with "3 hours ago" under it (the UTC instant on hover). */
export function EventTime({ at, timeZone }: { at: string; timeZone: string }) {
  const language = useAppLanguage();
  return (
    <Flex vertical>
      <span title={at} style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(at, language, timeZone)}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatRelative(at, language)}
      </Typography.Text>
    </Flex>
  );
}

export function EventActor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actorUserId) return <Tag>{t('audit.system')}</Tag>;
  return <span title={event.actorUserId}>{event.actorName ?? event.actorUserId.slice(0, 8)}</span>;
}

/** The record's type and id, linked to its page when it has one. */
export function EventObject({ event, inline = false }: { event: AuditEvent; inline?: boolean }) {
  const labels = useAuditLabels();
  const path = objectPath(event);
  const id = event.objectId ? (
    <Typography.Text code style={{ fontSize: 12 }}>
      {event.objectId.length > 12 ? event.objectId.slice(0, 8) : event.objectId}
    </Typography.Text>
  ) : null;
  const linked =
    id && path ? (
      <Link to={path} title={event.objectId ?? undefined}>
        {id}
      </Link>
    ) : (
      <span title={event.objectId ?? undefined}>{id}</span>
    );
  return (
    <Flex vertical={!inline} gap={inline ? 6 : 0} align={inline ? 'baseline' : undefined}>
      <span>{labels.objectType(event.objectType)}</span>
      {linked}
    </Flex>
  );
}

/** A one-line taste of the details ("From: Submitted · To: Accepted"); the expanded row has them all. */
function DetailsPreview({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const { summary } = event;
  const named = (key: string, item: unknown) =>
    (typeof item === 'string' && labels.code(event.objectType, key, item)) || String(item);
  const parts = orderedEntries(summary)
    .slice(0, 3)
    .map(([key, value]) => {
      const shown =
        value === null || value === undefined || value === ''
          ? t('audit.none')
          : Array.isArray(value)
            ? value.every((item) => typeof item !== 'object') && value.length <= 3
              ? value.map((item) => named(key, item)).join(', ')
              : t('audit.details.items', { count: value.length })
            : typeof value === 'object'
              ? '…'
              : typeof value === 'boolean'
                ? value
                  ? t('audit.details.yes')
                  : t('audit.details.no')
                : named(key, value);
      return `${labels.detail(key)}: ${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}`;
    });
  if (parts.length === 0) return <Typography.Text type="secondary">{t('audit.none')}</Typography.Text>;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis>
      {parts.join(' · ')}
      {Object.keys(summary).length > 3 ? ' · …' : ''}
    </Typography.Text>
  );
}

/** The trail as a table; a row opens to every detail the event recorded. */
export function AuditTable({
  events,
  loading,
  timeZone,
  empty,
}: {
  events: AuditEvent[];
  loading: boolean;
  timeZone: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  // The names of statuses and stages other features own load with the first events that show them.
  useCodeNames(events);
  const columns: TableColumnsType<AuditEvent> = [
    {
      key: 'time',
      title: t('audit.column.time'),
      width: 180,
      render: (_, event) => <EventTime at={event.createdAt} timeZone={timeZone} />,
    },
    {
      key: 'actor',
      title: t('audit.column.actor'),
      width: 150,
      render: (_, event) => <EventActor event={event} />,
    },
    {
      key: 'action',
      title: t('audit.column.action'),
      render: (_, event) => (
        <Flex vertical>
          <Typography.Text strong>{labels.action(event.action)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {event.action}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'object',
      title: t('audit.column.object'),
      width: 140,
      render: (_, event) => <EventObject event={event} />,
    },
    {
      key: 'summary',
      title: t('audit.column.summary'),
      ellipsis: true,
      render: (_, event) => <DetailsPreview event={event} />,
    },
  ];
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      locale={{ emptyText: empty }}
      expandable={{
        expandedRowRender: (event) => <AuditDetails event={event} timeZone={timeZone} />,
        expandRowByClick: true,
      }}
      scroll={{ x: 900 }}
      data-testid="audit-table"
    />
  );
}
