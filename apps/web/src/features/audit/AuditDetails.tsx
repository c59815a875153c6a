import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { formatDateTime } from '../projects/format';
import { useCodeNames } from './codes';
import { useAuditLabels } from './labels';
import { detailPath, isInstant, isUuid, type AuditEvent } from './model';

/** Details that read best first, in this order ("from" before "to"); the rest keep their order. */
const FIRST_KEYS = ['from', 'to', 'before', 'after'];

/** The details in reading order. */
export function orderedEntries(value: Record<string, unknown>): [string, unknown][] {
  const entries = Object.entries(value);
  const rank = (key: string) => {
    const index = FIRST_KEYS.indexOf(key);
    return index === -1 ? FIRST_KEYS.length : index;
  };
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Codes such as `SUBMITTED` or `DUE_DILIGENCE`: shown as tags. */
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** More than this many list items are folded behind a count. */
const LIST_LIMIT = 12;
/** Nesting deeper than this is shown as compact text. */
const MAX_DEPTH = 3;

/** The details an event recorded, as a list of named values (never raw JSON). */
export function AuditDetails({ event, timeZone }: { event: AuditEvent; timeZone: string }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  useCodeNames([event]);
  const entries = Object.keys(event.summary);
  return (
    <Flex vertical gap={8} data-testid="audit-details">
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t('audit.details.empty')}</Typography.Text>
      ) : (
        <DetailList value={event.summary} depth={0} timeZone={timeZone} objectType={event.objectType} />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.details.raw')}: <Typography.Text code>{event.action}</Typography.Text> ·{' '}
        {labels.objectType(event.objectType)} · {t('audit.details.eventId')}:{' '}
        <Typography.Text copyable={{ text: event.id }} style={{ fontSize: 12 }} type="secondary">
          {event.id.slice(0, 8)}
        </Typography.Text>
      </Typography.Text>
    </Flex>
  );
}

function DetailList({
  value,
  depth,
  timeZone,
  objectType,
}: {
  value: Record<string, unknown>;
  depth: number;
  timeZone: string;
  objectType: string;
}) {
  const labels = useAuditLabels();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered={depth === 0}
      styles={{ label: { width: depth === 0 ? 200 : 160, whiteSpace: 'nowrap' } }}
      items={orderedEntries(value).map(([key, item]) => ({
        key,
        label: labels.detail(key),
        children: (
          <DetailValue
            name={key}
            value={item}
            depth={depth + 1}
            timeZone={timeZone}
            objectType={objectType}
          />
        ),
      }))}
    />
  );
}

/**
 * One recorded value: words, numbers, yes/no, times in the user's zone, ids linked to their pages, codes by
 * their names (of the record's type).
 */
export function DetailValue({
  name,
  value,
  depth,
  timeZone,
  objectType,
}: {
  name: string;
  value: unknown;
  depth: number;
  timeZone: string;
  objectType: string;
}): ReactNode {
  const { t } = useTranslation();
  const language = useAppLanguage();
  if (value === null || value === undefined || value === '') return t('audit.none');
  if (typeof value === 'boolean') return value ? t('audit.details.yes') : t('audit.details.no');
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (typeof value === 'string')
    return <StringValue name={name} value={value} timeZone={timeZone} objectType={objectType} />;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.none');
    const simple = value.every((item) => item === null || typeof item !== 'object');
    if (simple) {
      const shown = value.slice(0, LIST_LIMIT);
      return (
        <Flex gap={4} wrap>
          {shown.map((item, index) =>
            typeof item === 'string' && CODE.test(item) ? (
              // Codes are tags of their own.
              <DetailValue
                key={index}
                name={name}
                value={item}
                depth={depth}
                timeZone={timeZone}
                objectType={objectType}
              />
            ) : (
              <Tag key={index} style={{ marginInlineEnd: 0 }}>
                <DetailValue
                  name={name}
                  value={item}
                  depth={depth}
                  timeZone={timeZone}
                  objectType={objectType}
                />
              </Tag>
            ),
          )}
          {value.length > LIST_LIMIT ? (
            <Typography.Text type="secondary">
              +{t('audit.details.items', { count: value.length - LIST_LIMIT })}
            </Typography.Text>
          ) : null}
        </Flex>
      );
    }
    return (
      <Flex vertical gap={4}>
        {value.slice(0, LIST_LIMIT).map((item, index) => (
          <DetailValue
            key={index}
            name={name}
            value={item}
            depth={depth}
            timeZone={timeZone}
            objectType={objectType}
          />
        ))}
        {value.length > LIST_LIMIT ? (
          <Typography.Text type="secondary">
            +{t('audit.details.items', { count: value.length - LIST_LIMIT })}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 0) return t('audit.none');
    if (depth > MAX_DEPTH)
      return (
        <Typography.Text style={{ fontSize: 12 }}>
          {Object.entries(record)
            .map(([key, item]) => `${key}: ${typeof item === 'object' ? '…' : String(item)}`)
            .join(' · ')}
        </Typography.Text>
      );
    return <DetailList value={record} depth={depth} timeZone={timeZone} objectType={objectType} />;
  }
  return String(value);
}

function StringValue({
  name,
  value,
  timeZone,
  objectType,
}: {
  name: string;
  value: string;
  timeZone: string;
  objectType: string;
}) {
  const language = useAppLanguage();
  const labels = useAuditLabels();
  if (CODE.test(value))
    return (
      <Tag style={{ marginInlineEnd: 0 }} title={value} data-code={value}>
        {labels.code(objectType, name, value) ?? value}
      </Tag>
    );
  if (isInstant(value)) return <span title={value}>{formatDateTime(value, language, timeZone)}</span>;
  if (isUuid(value)) {
    const path = detailPath(name, value);
    const short = <Typography.Text code>{value.slice(0, 8)}</Typography.Text>;
    return path ? (
      <Link to={path} title={value}>
        {short}
      </Link>
    ) : (
      <span title={value}>{short}</span>
    );
  }
  return <span style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>{value}</span>;
}
