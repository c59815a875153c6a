import { CheckOutlined, PlayCircleOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Flex, Popconfirm, Progress, Space, Statistic, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  MoveRoadshowSlotDocument,
  type LiveSlotFieldsFragment,
  type RoadshowLiveFieldsFragment,
  type SlotStatus,
} from '../../gql/graphql';
import { countryName, pickText } from '../programmes/shared';
import type { useRoadshowAction } from './useRoadshowAction';
import { DeliveryTag, formatDuration, formatTime, SlotStatusTag } from './ui';

/** Re-renders every second while `on`. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [on]);
  return now;
}

/** Elapsed against planned for the pitch on stage; red once it runs over. */
function StageTimer({ slot }: { slot: LiveSlotFieldsFragment }) {
  const { t } = useTranslation();
  const now = useNow(true);
  const started = slot.startedAt ? Date.parse(slot.startedAt) : now;
  const planned = Math.max(1, Date.parse(slot.plannedEnd) - started);
  const elapsed = Math.max(0, now - started);
  const over = elapsed > planned;
  return (
    <Flex vertical gap={4} data-testid="stage-timer">
      <Typography.Text
        strong
        style={{ fontSize: 28, color: over ? '#cf1322' : undefined, fontVariantNumeric: 'tabular-nums' }}
      >
        {t('roadshows.live.timer', { elapsed: formatDuration(elapsed), planned: formatDuration(planned) })}
      </Typography.Text>
      <Progress
        percent={Math.min(100, Math.round((elapsed / planned) * 100))}
        status={over ? 'exception' : 'active'}
        showInfo={false}
      />
      {over ? (
        <Typography.Text type="danger">
          {t('roadshows.live.overtime', { time: formatDuration(elapsed - planned) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

function SlotHeading({
  slot,
  language,
  zone,
}: {
  slot: LiveSlotFieldsFragment;
  language: AppLanguage;
  zone: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="slot-title">
        {slot.order}. {pickText(slot.title, language)}
      </Typography.Title>
      <Space size={6} wrap>
        <Typography.Text type="secondary">{countryName(slot.country, language)}</Typography.Text>
        <DeliveryTag delivery={slot.delivery} />
        <SlotStatusTag status={slot.status} />
        <Typography.Text type="secondary">
          {t('roadshows.live.plannedAt', {
            time: `${formatTime(slot.startsAt, language, zone)}–${formatTime(slot.endsAt, language, zone)}`,
          })}
        </Typography.Text>
      </Space>
    </Flex>
  );
}

/**
 * The organizer's stage: the pitch on stage with its timer and its intents, the next one; on stage, done and
 * no-show buttons (one pitch on stage at a time).
 */
export function LiveStage({
  live,
  zone,
  action,
}: {
  live: RoadshowLiveFieldsFragment;
  zone: string;
  action: ReturnType<typeof useRoadshowAction>;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [move] = useMutation(MoveRoadshowSlotDocument);
  const { currentSlot: current, nextSlot: next } = live;
  const isLive = live.status === 'LIVE';
  const countOf = (projectId: string) => live.intentCounts.find((c) => c.projectId === projectId)?.count ?? 0;
  const moveTo = (slot: LiveSlotFieldsFragment, status: SlotStatus) =>
    void action.run(`${slot.id}-${status}`, () => move({ variables: { slotId: slot.id, status } }));
  const busy = (slot: LiveSlotFieldsFragment, status: SlotStatus) => action.busy === `${slot.id}-${status}`;

  const noShow = (slot: LiveSlotFieldsFragment) => (
    <Popconfirm
      title={t('roadshows.live.noShowConfirm', { title: pickText(slot.title, language) })}
      okText={t('roadshows.live.noShow')}
      cancelText={t('roadshows.common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => moveTo(slot, 'NO_SHOW')}
    >
      <Button icon={<UserDeleteOutlined />} danger loading={busy(slot, 'NO_SHOW')} disabled={!isLive}>
        {t('roadshows.live.noShow')}
      </Button>
    </Popconfirm>
  );

  return (
    <Flex gap={16} wrap align="stretch">
      <Card
        title={t('roadshows.live.onStage')}
        style={{ flex: '2 1 460px', minWidth: 0, borderColor: current ? '#ff4d4f' : undefined }}
        data-testid="stage-current"
      >
        {current ? (
          <Flex vertical gap={16}>
            <SlotHeading slot={current} language={language} zone={zone} />
            <Flex gap={24} wrap align="flex-end">
              <div style={{ flex: '1 1 260px' }}>
                <StageTimer slot={current} />
              </div>
              <Statistic
                title={t('roadshows.live.intents')}
                value={countOf(current.projectId)}
                valueRender={(node) => <span data-testid="current-intents">{node}</span>}
              />
            </Flex>
            <Space wrap>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={busy(current, 'DONE')}
                disabled={!isLive}
                onClick={() => moveTo(current, 'DONE')}
              >
                {t('roadshows.live.done')}
              </Button>
              {noShow(current)}
            </Space>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('roadshows.live.nothingOnStage')}</Typography.Text>
        )}
      </Card>
      <Card
        title={t('roadshows.live.next')}
        style={{ flex: '1 1 320px', minWidth: 0 }}
        data-testid="stage-next"
      >
        {next ? (
          <Flex vertical gap={16}>
            <SlotHeading slot={next} language={language} zone={zone} />
            <Space wrap>
              <Tooltip title={current ? t('roadshows.problem.ANOTHER_SLOT_ON_STAGE') : undefined}>
                <Button
                  type={current ? 'default' : 'primary'}
                  icon={<PlayCircleOutlined />}
                  loading={busy(next, 'ON_STAGE')}
                  disabled={!isLive || Boolean(current)}
                  onClick={() => moveTo(next, 'ON_STAGE')}
                >
                  {t('roadshows.live.putOnStage')}
                </Button>
              </Tooltip>
              {noShow(next)}
            </Space>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('roadshows.live.noNext')}</Typography.Text>
        )}
      </Card>
    </Flex>
  );
}
