import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CoffeeOutlined,
  DeleteOutlined,
  HolderOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Flex, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState, type DragEvent, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type {
  PlanWarningFieldsFragment,
  RoadshowFieldsFragment,
  RoadshowSlotFieldsFragment,
} from '../../gql/graphql';
import { countryName, pickText } from '../programmes/shared';
import {
  dayShift,
  DeliveryTag,
  formatShortDay,
  formatTime,
  localMinutes,
  SlotStatusTag,
  zoneOffset,
} from './ui';

const DRAG_TYPE = 'application/x-sixcan-slot';
const DAY_MINUTES = 24 * 60;

type Slot = RoadshowSlotFieldsFragment;
type Break = RoadshowFieldsFragment['plan']['breaks'][number];
type Row = { key: string; slot: Slot; pause?: undefined } | { key: string; slot?: undefined; pause: Break };

/** A plan warning as a sentence; `titleOf` names a project. */
export function warningText(
  t: TFunction,
  warning: PlanWarningFieldsFragment,
  titleOf: (projectId: string) => string,
): string {
  return t(`roadshows.warning.${warning.code}`, {
    order: warning.order ?? '',
    local: warning.local ?? '',
    needed: warning.needed ?? 0,
    fits: warning.fits ?? 0,
    live: warning.live ?? 0,
    optimum: warning.optimum ?? 0,
    project: warning.projectId ? titleOf(warning.projectId) : '',
  });
}

/** Why the slot is where it is, in the UI language. */
function explanationText(t: TFunction, slot: Slot): string {
  const { code, fit, local } = slot.explanation;
  return t(`roadshows.reason.${code}`, { local, fit: t(`roadshows.fit.${fit}`) });
}

/**
 * The presenter's day from 00:00 to 24:00: acceptable hours (08–22) light green, preferred ones (09–18)
 * green, and the pitch marked where it falls.
 */
function LocalDayBar({ slot, language }: { slot: Slot; language: AppLanguage }) {
  const { t } = useTranslation();
  const start = localMinutes(slot.startsAt, slot.presenterTimeZone);
  const length = (Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000;
  const pct = (m: number) => `${(m / DAY_MINUTES) * 100}%`;
  const band = (from: number, to: number, color: string) => (
    <span
      style={{
        position: 'absolute',
        left: pct(from * 60),
        width: pct((to - from) * 60),
        top: 0,
        bottom: 0,
        background: color,
      }}
    />
  );
  return (
    <Tooltip
      title={`${t('roadshows.planner.legend')} ${formatTime(slot.startsAt, language, slot.presenterTimeZone)}`}
    >
      <span
        role="img"
        aria-label={`${t('roadshows.planner.localDay')}: ${slot.explanation.local}`}
        style={{
          position: 'relative',
          display: 'block',
          width: 150,
          height: 10,
          borderRadius: 3,
          overflow: 'hidden',
          background: '#f0f0f0',
        }}
      >
        {band(8, 22, '#d9f7be')}
        {band(9, 18, '#95de64')}
        <span
          style={{
            position: 'absolute',
            left: pct(start),
            width: `max(3px, ${pct(Math.min(length, DAY_MINUTES - start))})`,
            top: 0,
            bottom: 0,
            background: slot.delivery === 'LIVE' ? '#1677ff' : '#722ed1',
          }}
        />
      </span>
    </Tooltip>
  );
}

/**
 * The programme as the planner laid it out: one row per pitch (event-zone time, the presenter's local
 * time and zone with their day, delivery and why, warnings) with the breaks between them. Rows are dragged
 * to a new position, or moved with the arrows; either calls `onMove(projectId, toIndex)`.
 */
export function Timeline({
  roadshow,
  editable,
  busy,
  onMove,
  onRemove,
}: {
  roadshow: RoadshowFieldsFragment;
  editable: boolean;
  busy: boolean;
  onMove: (slot: Slot, toIndex: number) => void;
  onRemove: (projectId: string, title: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [over, setOver] = useState<string>();
  const { plan, timeZone } = roadshow;
  const slots = plan.slots;
  const rows: Row[] = [
    ...slots.map((slot) => ({ key: slot.id, slot })),
    ...plan.breaks.map((pause) => ({ key: `break-${pause.startsAt}`, pause })),
  ].sort((a, b) => {
    const at = (row: Row) => Date.parse(row.slot ? row.slot.startsAt : row.pause.startsAt);
    return at(a) - at(b);
  });
  const warningsOf = (projectId: string) =>
    plan.warnings.filter((w) => w.projectId === projectId && w.order != null);
  const titleOf = (projectId: string) =>
    pickText(slots.find((s) => s.projectId === projectId)?.title, language);
  const columns = 6;
  const span = (row: Row, first = false) => ({ colSpan: row.pause ? (first ? columns : 0) : 1 });

  const dragProps = (row: Row): HTMLAttributes<HTMLElement> & { 'data-testid'?: string } => {
    if (!row.slot) return { 'data-testid': 'break-row' };
    const slot = row.slot;
    if (!editable) return { 'data-testid': 'slot-row' };
    return {
      'data-testid': 'slot-row',
      draggable: !busy,
      onDragStart: (event: DragEvent) => {
        event.dataTransfer.setData(DRAG_TYPE, slot.projectId);
        event.dataTransfer.effectAllowed = 'move';
      },
      onDragOver: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        setOver(slot.id);
      },
      onDragLeave: () => setOver((current) => (current === slot.id ? undefined : current)),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setOver(undefined);
        const projectId = event.dataTransfer.getData(DRAG_TYPE);
        const dragged = slots.find((s) => s.projectId === projectId);
        if (dragged && dragged.id !== slot.id) onMove(dragged, slot.order - 1);
      },
      style: {
        cursor: busy ? 'progress' : 'grab',
        ...(over === slot.id ? { outline: '2px dashed #1677ff', outlineOffset: -2 } : {}),
      },
    };
  };

  return (
    <Table<Row>
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 940 }}
      onRow={dragProps}
      locale={{ emptyText: t('roadshows.planner.noSlots') }}
      data-testid="timeline"
      columns={[
        {
          key: 'order',
          title: t('roadshows.planner.columns.order'),
          width: 56,
          onCell: (row) => span(row, true),
          render: (_, row) =>
            row.pause ? (
              <Flex align="center" gap={8} style={{ color: '#8c8c8c' }}>
                <CoffeeOutlined />
                <span>
                  {t('roadshows.planner.breakRow')} · {formatTime(row.pause.startsAt, language, timeZone)}–
                  {formatTime(row.pause.endsAt, language, timeZone)}
                </span>
              </Flex>
            ) : (
              <Space size={4}>
                {editable ? (
                  <HolderOutlined
                    aria-label={t('roadshows.planner.dragHandle')}
                    style={{ color: '#bfbfbf' }}
                  />
                ) : null}
                <Typography.Text strong>{row.slot.order}</Typography.Text>
              </Space>
            ),
        },
        {
          key: 'time',
          title: t('roadshows.planner.columns.time', { zone: timeZone }),
          width: 120,
          onCell: (row) => span(row),
          render: (_, row) =>
            row.slot ? (
              <span data-testid="display-time">
                {formatTime(row.slot.startsAt, language, timeZone)}–
                {formatTime(row.slot.endsAt, language, timeZone)}
              </span>
            ) : null,
        },
        {
          key: 'presenter',
          title: t('roadshows.planner.columns.presenter'),
          width: 190,
          onCell: (row) => span(row),
          render: (_, row) => {
            if (!row.slot) return null;
            const slot = row.slot;
            const zone = slot.presenterTimeZone;
            const shift = dayShift(slot.startsAt, zone, timeZone);
            return (
              <Flex vertical gap={2} data-testid="presenter-time">
                <Typography.Text strong>
                  {formatTime(slot.startsAt, language, zone)}–{formatTime(slot.endsAt, language, zone)}
                  {shift ? (
                    <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                      {' '}
                      ({shift < 0 ? t('roadshows.planner.dayBefore') : t('roadshows.planner.dayAfter')},{' '}
                      {formatShortDay(slot.startsAt, language, zone)})
                    </Typography.Text>
                  ) : null}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {zone} · {zoneOffset(slot.startsAt, zone)}
                </Typography.Text>
                <LocalDayBar slot={slot} language={language} />
              </Flex>
            );
          },
        },
        {
          key: 'project',
          title: t('roadshows.planner.columns.project'),
          width: 230,
          onCell: (row) => span(row),
          render: (_, row) =>
            row.slot ? (
              <Flex vertical gap={2}>
                <Typography.Text strong>{pickText(row.slot.title, language)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {countryName(row.slot.country, language)}
                </Typography.Text>
                {row.slot.status !== 'SCHEDULED' ? (
                  <span>
                    <SlotStatusTag status={row.slot.status} />
                  </span>
                ) : null}
              </Flex>
            ) : null,
        },
        {
          key: 'delivery',
          title: t('roadshows.planner.columns.delivery'),
          onCell: (row) => span(row),
          render: (_, row) => {
            if (!row.slot) return null;
            const warnings = warningsOf(row.slot.projectId);
            return (
              <Flex vertical gap={4} data-testid="slot-delivery">
                <span>
                  <DeliveryTag delivery={row.slot.delivery} />
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {explanationText(t, row.slot)}
                </Typography.Text>
                {warnings.map((w) => (
                  <Typography.Text
                    key={w.code}
                    type="warning"
                    style={{ fontSize: 12 }}
                    data-testid="slot-warning"
                  >
                    <WarningOutlined /> {warningText(t, w, titleOf)}
                  </Typography.Text>
                ))}
              </Flex>
            );
          },
        },
        {
          key: 'actions',
          title: t('roadshows.planner.columns.actions'),
          width: 120,
          onCell: (row) => span(row),
          render: (_, row) => {
            if (!row.slot || !editable) return null;
            const slot = row.slot;
            const title = pickText(slot.title, language);
            return (
              <Space size={2}>
                <Button
                  title={t('roadshows.planner.moveUp')}
                  size="small"
                  type="text"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('roadshows.planner.moveUp')}
                  disabled={busy || slot.order === 1}
                  onClick={() => onMove(slot, slot.order - 2)}
                />
                <Button
                  title={t('roadshows.planner.moveDown')}
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('roadshows.planner.moveDown')}
                  disabled={busy || slot.order === slots.length}
                  onClick={() => onMove(slot, slot.order)}
                />
                <Popconfirm
                  title={t('roadshows.planner.removeConfirm', { title })}
                  okText={t('roadshows.planner.remove')}
                  cancelText={t('roadshows.common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onRemove(slot.projectId, title)}
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('roadshows.planner.remove')}
                    disabled={busy}
                  />
                </Popconfirm>
              </Space>
            );
          },
        },
      ]}
    />
  );
}
