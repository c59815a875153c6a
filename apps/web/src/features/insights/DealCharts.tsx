import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { AXIS_TEXT, axisTooltip, csvName, describe, legend, type ItemParams } from './chart-kit';
import { formatCompactMoney, formatCount, formatExactMoney, formatWeek, isoDay, moneyNumber } from './format';
import { InsightsCard, type DataColumn } from './InsightsCard';
import type { Insights } from './model';
import { COLOR } from './palette';

type KindRow = Insights['byPartnerKind'][number] & { name: string };

const KIND_ORDER = ['INVESTOR', 'PARK', 'ENTERPRISE'] as const;

/** Intents, bids and signings by the kind of partner behind them. */
export function PartnerKindCard({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const rows: KindRow[] = [...insights.byPartnerKind]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .map((r) => ({ ...r, name: t(`insights.partnerKind.${r.kind}`) }));
  const active = rows.some((r) => r.intents + r.bids + r.signed > 0);
  const title = t('insights.chart.partner.title');
  const count = (key: 'partners' | 'intents' | 'bids' | 'signed'): DataColumn<KindRow> => ({
    key,
    title: t(`insights.chart.partner.${key}`),
    numeric: true,
    value: (r) => r[key],
    display: (r) => formatCount(r[key], language),
  });
  const series = [
    { key: 'intents', color: COLOR.blue },
    { key: 'bids', color: COLOR.orange },
    { key: 'signed', color: COLOR.green },
  ] as const;
  return (
    <InsightsCard
      title={title}
      testId="chart-partners"
      filename={csvName('partner-kinds', insights.refreshedAt)}
      empty={t('insights.chart.partner.empty')}
      rows={active ? rows : []}
      rowKey={(r) => r.kind}
      columns={[
        { key: 'kind', title: t('insights.chart.partner.kind'), value: (r) => r.name },
        count('partners'),
        count('intents'),
        count('bids'),
        count('signed'),
        {
          key: 'committed',
          title: t('insights.chart.partner.committed'),
          numeric: true,
          value: (r) => r.committed?.amount ?? null,
          display: (r) => (r.committed ? formatExactMoney(r.committed, language) : t('insights.none')),
        },
        {
          key: 'currency',
          title: t('insights.chart.investment.currency'),
          value: (r) => r.committed?.currency ?? insights.currency,
          csvOnly: true,
        },
      ]}
      summary={describe(
        title,
        rows.map((r) => [r.name, formatCount(r.intents, language)]),
        language,
      )}
      option={() => ({
        legend: legend(series.map((s) => t(`insights.chart.partner.${s.key}`))),
        tooltip: axisTooltip((v) => formatCount(v, language)),
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: rows.map((r) =>
            t('insights.chart.partner.kindWithCount', { kind: r.name, n: formatCount(r.partners, language) }),
          ),
          axisLabel: AXIS_TEXT,
          axisTick: { show: false },
        },
        yAxis: { type: 'value', axisLabel: AXIS_TEXT, splitLine: { lineStyle: { color: '#f0f0f0' } } },
        series: series.map((s) => ({
          type: 'bar',
          name: t(`insights.chart.partner.${s.key}`),
          data: rows.map((r) => r[s.key]),
          itemStyle: { color: s.color },
          barMaxWidth: 28,
          label: {
            show: true,
            position: 'top',
            color: COLOR.text,
            formatter: (p: ItemParams) => formatCount(Number(p.value), language),
          },
        })),
      })}
    />
  );
}

interface WeekRow {
  period: string;
  week: string;
  committed: number;
  cumulative: number;
}

/** Committed investment week by week and to date, against what has been realised so far. */
export function InvestmentCard({ insights, zone }: { insights: Insights; zone: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const currency = insights.investment.currency || insights.currency;
  let total = 0;
  const all: WeekRow[] = insights.trends.map((p) => {
    const committed = moneyNumber(p.committed);
    total += committed;
    return { period: p.period, week: formatWeek(p.period, language, zone), committed, cumulative: total };
  });
  // From the first week with a signing: the weeks before say nothing about investment.
  const start = all.findIndex((r) => r.committed > 0);
  const rows = start < 0 ? [] : all.slice(start);
  const realised = moneyNumber(insights.investment.realised);
  const compact = (v: number) => formatCompactMoney(v, currency, language);
  const exact = (v: number) => formatExactMoney({ amount: v.toFixed(2), currency }, language);
  const title = t('insights.chart.investment.title');
  const names = {
    week: t('insights.chart.investment.committedWeek'),
    total: t('insights.chart.investment.committedTotal'),
    realised: t('insights.chart.investment.realisedTotal'),
  };
  return (
    <InsightsCard
      title={title}
      testId="chart-investment"
      filename={csvName('investment', insights.refreshedAt)}
      empty={t('insights.chart.investment.empty')}
      rows={rows}
      rowKey={(r) => r.period}
      columns={[
        {
          key: 'week',
          title: t('insights.chart.investment.week'),
          value: (r) => isoDay(r.period, zone),
          display: (r) => r.week,
        },
        {
          key: 'committed',
          title: names.week,
          numeric: true,
          value: (r) => r.committed.toFixed(2),
          display: (r) => exact(r.committed),
        },
        {
          key: 'cumulative',
          title: names.total,
          numeric: true,
          value: (r) => r.cumulative.toFixed(2),
          display: (r) => exact(r.cumulative),
        },
        {
          key: 'currency',
          title: t('insights.chart.investment.currency'),
          value: () => currency,
          csvOnly: true,
        },
      ]}
      summary={describe(
        title,
        [
          [names.total, compact(total)],
          [names.realised, compact(realised)],
        ],
        language,
      )}
      option={() => ({
        legend: legend([names.total, names.week, names.realised]),
        tooltip: axisTooltip(compact),
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: rows.map((r) => r.week),
          axisLabel: AXIS_TEXT,
          axisTick: { alignWithLabel: true },
        },
        yAxis: {
          type: 'value',
          axisLabel: { ...AXIS_TEXT, formatter: compact },
          splitLine: { lineStyle: { color: '#f0f0f0' } },
        },
        series: [
          {
            type: 'line',
            name: names.total,
            data: rows.map((r) => r.cumulative),
            itemStyle: { color: COLOR.blue },
            lineStyle: { width: 2 },
            areaStyle: { color: COLOR.blue, opacity: 0.12 },
            symbolSize: 6,
          },
          {
            type: 'bar',
            name: names.week,
            data: rows.map((r) => r.committed),
            itemStyle: { color: COLOR.sky },
            barMaxWidth: 18,
          },
          {
            // The realised amount has no weekly history: it is drawn as the level reached to date.
            type: 'line',
            name: names.realised,
            data: [],
            itemStyle: { color: COLOR.green },
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: COLOR.green, type: 'dashed', width: 2 },
              label: {
                position: 'insideStartTop',
                color: COLOR.green,
                formatter: `${names.realised} ${compact(realised)}`,
              },
              data: [{ yAxis: realised }],
            },
          },
        ],
      })}
    />
  );
}

type ActivityRow = Insights['trends'][number] & { week: string };

/** Submissions, intents, bids and signings per week. */
export function ActivityCard({ insights, zone }: { insights: Insights; zone: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const all: ActivityRow[] = insights.trends.map((p) => ({
    ...p,
    week: formatWeek(p.period, language, zone),
  }));
  const busy = (r: ActivityRow) => r.submitted + r.intents + r.bids + r.signed > 0;
  const first = all.findIndex(busy);
  const rows = first < 0 ? [] : all.slice(first);
  const title = t('insights.chart.activity.title');
  const series = [
    { key: 'submitted', color: COLOR.grey },
    { key: 'intents', color: COLOR.blue },
    { key: 'bids', color: COLOR.orange },
    { key: 'signed', color: COLOR.green },
  ] as const;
  const count = (key: (typeof series)[number]['key']): DataColumn<ActivityRow> => ({
    key,
    title: t(`insights.chart.activity.${key}`),
    numeric: true,
    value: (r) => r[key],
    display: (r) => formatCount(r[key], language),
  });
  return (
    <InsightsCard
      title={title}
      testId="chart-activity"
      filename={csvName('activity', insights.refreshedAt)}
      empty={t('insights.chart.activity.empty')}
      rows={rows}
      rowKey={(r) => r.period}
      columns={[
        {
          key: 'week',
          title: t('insights.chart.activity.week'),
          value: (r) => isoDay(r.period, zone),
          display: (r) => r.week,
        },
        count('submitted'),
        count('intents'),
        count('bids'),
        count('signed'),
      ]}
      summary={describe(
        title,
        series.map((s) => [
          t(`insights.chart.activity.${s.key}`),
          formatCount(
            rows.reduce((sum, r) => sum + r[s.key], 0),
            language,
          ),
        ]),
        language,
      )}
      option={() => ({
        legend: legend(series.map((s) => t(`insights.chart.activity.${s.key}`))),
        tooltip: axisTooltip((v) => formatCount(v, language)),
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: rows.map((r) => r.week), axisLabel: AXIS_TEXT },
        yAxis: {
          type: 'value',
          minInterval: 1,
          axisLabel: AXIS_TEXT,
          splitLine: { lineStyle: { color: '#f0f0f0' } },
        },
        series: series.map((s) => ({
          type: 'line',
          name: t(`insights.chart.activity.${s.key}`),
          data: rows.map((r) => r[s.key]),
          itemStyle: { color: s.color },
          lineStyle: { width: 2, type: s.key === 'submitted' ? 'dashed' : 'solid' },
          symbolSize: 5,
        })),
      })}
    />
  );
}
