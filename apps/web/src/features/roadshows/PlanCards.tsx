import { Card, Descriptions, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import type { RoadshowFieldsFragment } from '../../gql/graphql';
import { formatSpan } from './ui';

/** The event's settings at a glance. */
export function Details({ roadshow }: { roadshow: RoadshowFieldsFragment }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const dash = t('roadshows.common.none');
  const { breaks } = roadshow;
  const breakText = [
    breaks.every
      ? t('roadshows.planner.breakEvery', { n: breaks.every.afterEverySlots, minutes: breaks.every.minutes })
      : null,
    breaks.windows.length ? t('roadshows.planner.breakWindows', { n: breaks.windows.length }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const other = language === 'zh-CN' ? roadshow.title.en : roadshow.title.zh;
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        ...(other
          ? [
              {
                key: 'other',
                label: t('languageName', { lng: language === 'zh-CN' ? 'en' : 'zh-CN' }),
                span: 2,
                children: other,
              },
            ]
          : []),
        {
          key: 'window',
          label: t('roadshows.planner.window'),
          span: 2,
          children: formatSpan(roadshow.startsAt, roadshow.endsAt, language, roadshow.timeZone),
        },
        { key: 'zone', label: t('roadshows.planner.zone'), children: roadshow.timeZone },
        { key: 'mode', label: t('roadshows.planner.mode'), children: t(`roadshows.mode.${roadshow.mode}`) },
        {
          key: 'slot',
          label: t('roadshows.planner.slotLength'),
          children: t('roadshows.common.minutes', { n: roadshow.slotMinutes }),
        },
        {
          key: 'breaks',
          label: t('roadshows.planner.breaks'),
          children: breakText || t('roadshows.planner.noBreaks'),
        },
        { key: 'venue', label: t('roadshows.planner.venue'), children: roadshow.venue || dash },
        {
          key: 'stream',
          label: t('roadshows.planner.stream'),
          children: roadshow.streamUrl ? (
            <Typography.Link
              href={roadshow.streamUrl}
              target="_blank"
              rel="noreferrer"
              ellipsis
              style={{ maxWidth: 260 }}
            >
              {roadshow.streamUrl}
            </Typography.Link>
          ) : (
            dash
          ),
        },
      ]}
    />
  );
}

/** Live, pre-recorded, in preferred hours and not placed, with a bar of the mix. */
export function SummaryCard({ roadshow }: { roadshow: RoadshowFieldsFragment }) {
  const { t } = useTranslation();
  const { summary } = roadshow.plan;
  const total = summary.live + summary.prerecorded + summary.unplaced;
  const share = (n: number) => (total ? `${(n / total) * 100}%` : '0');
  return (
    <Card
      title={t('roadshows.planner.summary')}
      style={{ flex: '0 1 380px', minWidth: 300 }}
      data-testid="plan-summary"
    >
      <Flex vertical gap={12}>
        <Flex gap={16} wrap justify="space-between">
          <Statistic
            title={t('roadshows.planner.live')}
            value={summary.live}
            valueStyle={{ color: '#1677ff' }}
          />
          <Statistic
            title={t('roadshows.planner.prerecorded')}
            value={summary.prerecorded}
            valueStyle={{ color: '#722ed1' }}
          />
          <Statistic
            title={t('roadshows.planner.preferred')}
            value={summary.preferred}
            valueStyle={{ color: '#389e0d' }}
          />
          {summary.unplaced ? (
            <Statistic
              title={t('roadshows.planner.unplaced')}
              value={summary.unplaced}
              valueStyle={{ color: '#d46b08' }}
            />
          ) : null}
        </Flex>
        {total ? (
          <div
            role="img"
            aria-label={`${t('roadshows.planner.live')} ${summary.live}, ${t('roadshows.planner.prerecorded')} ${summary.prerecorded}, ${t('roadshows.planner.unplaced')} ${summary.unplaced}`}
            style={{
              display: 'flex',
              height: 10,
              borderRadius: 4,
              overflow: 'hidden',
              background: '#f0f0f0',
            }}
          >
            <span style={{ width: share(summary.preferred), background: '#389e0d' }} />
            <span style={{ width: share(summary.live - summary.preferred), background: '#1677ff' }} />
            <span style={{ width: share(summary.prerecorded), background: '#722ed1' }} />
            <span style={{ width: share(summary.unplaced), background: '#d46b08' }} />
          </div>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('roadshows.planner.summaryHelp')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
