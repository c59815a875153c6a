import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { countryName, pickText } from '../programmes/shared';
import {
  AXIS_TEXT,
  axisTooltip,
  csvName,
  describe,
  escapeHtml,
  legend,
  shorten,
  TOP,
  type ItemParams,
} from './chart-kit';
import { formatCount, formatShare, share } from './format';
import { InsightsCard, type DataColumn } from './InsightsCard';
import type { Bucket, Insights } from './model';
import { CATEGORICAL, COLOR, funnelColors } from './palette';

type Stage = Insights['funnel'][number];

/** A funnel stage's name: "Submitted", "Passed Round 1 · six-can gate". */
export function stageLabel(t: TFunction, language: AppLanguage, stage: Stage, index: number): string {
  if (stage.key !== 'PASSED_ROUND') return t(`insights.stage.${stage.key}`);
  const round = pickText(stage.roundName, language) || t('insights.roundFallback', { n: index + 1 });
  return t('insights.stage.PASSED_ROUND', { round });
}

interface FunnelRow {
  id: string;
  stage: string;
  count: number;
  ofFirst: number | undefined;
  ofSubmitted: number | undefined;
}

/** Projects at each stage, from collected to landed, one stage per screening round. */
export function FunnelCard({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  let round = 0;
  const first = insights.funnel[0]?.count ?? 0;
  const submittedAt = insights.funnel.findIndex((s) => s.key === 'SUBMITTED');
  const submitted = insights.funnel[submittedAt]?.count ?? 0;
  // Stages after submission are not nested in one another (intents also come on published projects that
  // never pitched), so each is compared with what was collected and what was submitted, not its neighbour.
  const rows: FunnelRow[] = insights.funnel.map((stage, i) => {
    const label = stageLabel(t, language, stage, stage.key === 'PASSED_ROUND' ? round++ : 0);
    return {
      id: `${stage.key}-${stage.roundId ?? i}`,
      stage: label,
      count: stage.count,
      ofFirst: i > 0 ? share(stage.count, first) : undefined,
      ofSubmitted: submittedAt >= 0 && i > submittedAt ? share(stage.count, submitted) : undefined,
    };
  });
  const pct = (value: number | undefined) => (value === undefined ? '' : formatShare(value, language));
  const columns: DataColumn<FunnelRow>[] = [
    { key: 'stage', title: t('insights.chart.funnel.stage'), value: (r) => r.stage },
    {
      key: 'count',
      title: t('insights.chart.funnel.count'),
      numeric: true,
      value: (r) => r.count,
      display: (r) => formatCount(r.count, language),
    },
    {
      key: 'ofFirst',
      title: t('insights.chart.funnel.ofFirst'),
      numeric: true,
      value: (r) => (r.ofFirst === undefined ? null : round4(r.ofFirst)),
      display: (r) => pct(r.ofFirst),
    },
    {
      key: 'ofSubmitted',
      title: t('insights.chart.funnel.ofSubmitted'),
      numeric: true,
      value: (r) => (r.ofSubmitted === undefined ? null : round4(r.ofSubmitted)),
      display: (r) => pct(r.ofSubmitted),
    },
  ];
  const colors = funnelColors(rows.length);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const title = t('insights.chart.funnel.title');
  return (
    <InsightsCard
      title={title}
      testId="chart-funnel"
      filename={csvName('funnel', insights.refreshedAt)}
      empty={t('insights.chart.funnel.empty')}
      rows={first > 0 ? rows : []}
      rowKey={(r) => r.id}
      columns={columns}
      height={Math.max(320, rows.length * 40 + 24)}
      summary={describe(
        title,
        rows.map((r) => [r.stage, formatCount(r.count, language)]),
        language,
      )}
      option={() => ({
        tooltip: {
          trigger: 'item',
          formatter: (p: ItemParams) => {
            const row = rows[p.dataIndex];
            if (!row) return '';
            const parts = [`${escapeHtml(row.stage)}: ${formatCount(row.count, language)}`];
            if (row.ofFirst !== undefined)
              parts.push(`${t('insights.chart.funnel.ofFirst')} ${pct(row.ofFirst)}`);
            if (row.ofSubmitted !== undefined)
              parts.push(`${t('insights.chart.funnel.ofSubmitted')} ${pct(row.ofSubmitted)}`);
            return parts.join('<br/>');
          },
        },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            min: 0,
            max,
            minSize: '6%',
            left: 8,
            right: '42%',
            top: 4,
            bottom: 4,
            gap: 2,
            label: {
              position: 'right',
              color: COLOR.text,
              formatter: (p: ItemParams) => {
                const row = rows[p.dataIndex];
                if (!row) return '';
                const tail = row.ofFirst !== undefined ? `  {muted|${pct(row.ofFirst)}}` : '';
                return `${row.stage}  {strong|${formatCount(row.count, language)}}${tail}`;
              },
              rich: {
                strong: { fontWeight: 600, color: COLOR.text },
                muted: { color: COLOR.muted },
              },
            },
            labelLine: { length: 12, lineStyle: { color: COLOR.light } },
            itemStyle: { borderColor: '#fff', borderWidth: 1 },
            emphasis: { label: { fontSize: 13 } },
            data: rows.map((r, i) => ({ name: r.stage, value: r.count, itemStyle: { color: colors[i] } })),
          },
        ],
      })}
    />
  );
}

/** The key of projects without a country or sector. */
const UNKNOWN = 'UNKNOWN';

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

function bucketColumns(
  t: TFunction,
  language: AppLanguage,
  first: DataColumn<Bucket & { name: string }>[],
): DataColumn<Bucket & { name: string }>[] {
  const count = (key: 'projects' | 'submitted' | 'advanced' | 'withIntents' | 'signed') => ({
    key,
    title: t(`insights.chart.bucket.${key}`),
    numeric: true,
    value: (r: Bucket) => r[key],
    display: (r: Bucket) => formatCount(r[key], language),
  });
  return [
    ...first,
    count('projects'),
    count('submitted'),
    count('advanced'),
    count('withIntents'),
    count('signed'),
  ];
}

/** Ranked bars: projects per country, with how many advanced and signed drawn over them. */
export function CountryCard({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const rows = [...insights.byCountry]
    .map((b) => ({
      ...b,
      name: b.key && b.key !== UNKNOWN ? countryName(b.key, language) : t('insights.chart.country.unknown'),
    }))
    .sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name, language));
  const shown = rows.slice(0, TOP);
  const title = t('insights.chart.country.title');
  const series = (['projects', 'advanced', 'signed'] as const).map((key) => ({
    key,
    name: t(`insights.chart.bucket.${key}`),
  }));
  const colors = { projects: COLOR.sky, advanced: COLOR.blue, signed: COLOR.orange };
  return (
    <InsightsCard
      title={title}
      testId="chart-country"
      filename={csvName('countries', insights.refreshedAt)}
      empty={t('insights.chart.country.empty')}
      rows={rows}
      rowKey={(r) => r.key}
      note={rows.length > TOP ? t('insights.chart.topNote', { shown: TOP, total: rows.length }) : undefined}
      columns={bucketColumns(t, language, [
        { key: 'country', title: t('insights.chart.country.country'), value: (r) => r.name },
        { key: 'code', title: t('insights.chart.country.code'), value: (r) => r.key, csvOnly: true },
      ])}
      height={Math.max(240, shown.length * 26 + 40)}
      summary={describe(
        title,
        shown.map((r) => [r.name, formatCount(r.projects, language)]),
        language,
      )}
      option={() => ({
        legend: legend(series.map((s) => s.name)),
        tooltip: axisTooltip((v) => formatCount(v, language)),
        grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: AXIS_TEXT, splitLine: { lineStyle: { color: '#f0f0f0' } } },
        yAxis: {
          type: 'category',
          inverse: true,
          data: shown.map((r) => r.name),
          axisLabel: { ...AXIS_TEXT, formatter: (name: string) => shorten(name, 18) },
          axisTick: { show: false },
        },
        series: series.map((s, i) => ({
          type: 'bar',
          name: s.name,
          data: shown.map((r) => r[s.key]),
          itemStyle: { color: colors[s.key] },
          barGap: '-100%',
          barWidth: i === 0 ? 16 : i === 1 ? 10 : 4,
          label:
            i === 0
              ? {
                  show: true,
                  position: 'right',
                  color: COLOR.text,
                  formatter: (p: ItemParams) => formatCount(Number(p.value), language),
                }
              : { show: false },
          z: i + 1,
        })),
      })}
    />
  );
}

/** The share of each sector in the collected projects. */
export function SectorCard({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const total = insights.bySector.reduce((sum, b) => sum + b.projects, 0);
  const rows = [...insights.bySector]
    .map((b) => ({
      ...b,
      name:
        pickText(b.label, language) ||
        (b.key && b.key !== UNKNOWN ? b.key : t('insights.chart.sector.noSector')),
    }))
    .sort((a, b) => b.projects - a.projects);
  const title = t('insights.chart.sector.title');
  return (
    <InsightsCard
      title={title}
      testId="chart-sector"
      height={360}
      filename={csvName('sectors', insights.refreshedAt)}
      empty={t('insights.chart.sector.empty')}
      rows={total > 0 ? rows : []}
      rowKey={(r) => r.key || '-'}
      columns={[
        ...bucketColumns(t, language, [
          { key: 'sector', title: t('insights.chart.sector.sector'), value: (r) => r.name },
          { key: 'code', title: t('insights.chart.sector.code'), value: (r) => r.key, csvOnly: true },
        ]),
        {
          key: 'share',
          title: t('insights.chart.sector.share'),
          numeric: true,
          value: (r) => round4(r.projects / Math.max(total, 1)),
          display: (r) => formatShare(r.projects / Math.max(total, 1), language),
        },
      ]}
      summary={describe(
        title,
        rows.map((r) => [r.name, formatShare(r.projects / Math.max(total, 1), language)]),
        language,
      )}
      option={() => ({
        color: CATEGORICAL,
        tooltip: {
          trigger: 'item',
          formatter: (p: ItemParams & { percent: number }) =>
            `${escapeHtml(p.name)}: ${formatCount(Number(p.value), language)} (${formatShare(p.percent / 100, language)})`,
        },
        legend: { ...legend(rows.map((r) => r.name)), type: 'scroll', top: undefined, bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['38%', '64%'],
            center: ['50%', '46%'],
            avoidLabelOverlap: true,
            itemStyle: { borderColor: '#fff', borderWidth: 2 },
            label: {
              color: COLOR.text,
              formatter: (p: ItemParams & { percent: number }) => formatShare(p.percent / 100, language),
            },
            data: rows.map((r) => ({ name: r.name, value: r.projects })),
          },
        ],
      })}
    />
  );
}

type ChannelRow = Insights['byChannel'][number] & { title: string };

/** Which channels bring projects that go far: yield per channel, best first. */
export function ChannelCard({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const rows: ChannelRow[] = insights.byChannel
    .filter((c) => c.nominated > 0)
    .map((c) => ({ ...c, title: pickText(c.label, language) || c.name }))
    .sort(
      (a, b) => b.yield - a.yield || b.nominated - a.nominated || a.title.localeCompare(b.title, language),
    );
  const shown = rows.slice(0, TOP);
  const title = t('insights.chart.channel.title');
  const count = (key: 'nominated' | 'submitted' | 'advanced' | 'signed'): DataColumn<ChannelRow> => ({
    key,
    title: t(`insights.chart.channel.${key}`),
    numeric: true,
    value: (r) => r[key],
    display: (r) => formatCount(r[key], language),
  });
  return (
    <InsightsCard
      title={title}
      testId="chart-channel"
      filename={csvName('channels', insights.refreshedAt)}
      empty={t('insights.chart.channel.empty')}
      rows={rows}
      rowKey={(r) => r.channelId}
      note={
        rows.length > TOP
          ? `${t('insights.chart.channel.yieldHint')} ${t('insights.chart.topNote', { shown: TOP, total: rows.length })}`
          : t('insights.chart.channel.yieldHint')
      }
      columns={[
        { key: 'channel', title: t('insights.chart.channel.channel'), value: (r) => r.title },
        count('nominated'),
        count('submitted'),
        count('advanced'),
        count('signed'),
        {
          key: 'yield',
          title: t('insights.chart.channel.yield'),
          numeric: true,
          value: (r) => round4(r.yield),
          display: (r) => formatShare(r.yield, language),
        },
      ]}
      height={Math.max(240, shown.length * 26 + 24)}
      summary={describe(
        title,
        shown.map((r) => [r.title, formatShare(r.yield, language)]),
        language,
      )}
      option={() => ({
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: (params: ItemParams[]) => {
            const row = shown[params[0]?.dataIndex ?? -1];
            if (!row) return '';
            return [
              escapeHtml(row.title),
              `${t('insights.chart.channel.yield')}: ${formatShare(row.yield, language)}`,
              `${t('insights.chart.channel.nominated')}: ${formatCount(row.nominated, language)}`,
              `${t('insights.chart.channel.advanced')}: ${formatCount(row.advanced, language)}`,
              `${t('insights.chart.channel.signed')}: ${formatCount(row.signed, language)}`,
            ].join('<br/>');
          },
        },
        grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
        xAxis: {
          type: 'value',
          max: (extent: { max: number }) => Math.min(1, Math.ceil((extent.max * 1.05 || 0.1) * 10) / 10),
          splitNumber: 4,
          axisLabel: { ...AXIS_TEXT, formatter: (v: number) => formatShare(v, language) },
          splitLine: { lineStyle: { color: '#f0f0f0' } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: shown.map((r) => r.title),
          axisLabel: { ...AXIS_TEXT, formatter: (name: string) => shorten(name) },
          axisTick: { show: false },
        },
        series: [
          {
            type: 'bar',
            name: t('insights.chart.channel.yield'),
            data: shown.map((r) => r.yield),
            itemStyle: { color: COLOR.green },
            barWidth: 14,
            label: {
              show: true,
              position: 'right',
              color: COLOR.text,
              formatter: (p: ItemParams) => {
                const row = shown[p.dataIndex];
                return row
                  ? `${formatShare(row.yield, language)} (${formatCount(row.advanced, language)}/${formatCount(row.nominated, language)})`
                  : '';
              },
            },
          },
        ],
      })}
    />
  );
}

type RoundRow = Insights['reviewerProgress'][number] & { name: string };

/** Reviews submitted and still open, per screening round. */
export function ReviewerCard({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const rows: RoundRow[] = insights.reviewerProgress.map((r, i) => ({
    ...r,
    name: pickText(r.roundName, language) || t('insights.roundFallback', { n: i + 1 }),
  }));
  const title = t('insights.chart.reviewers.title');
  const count = (key: 'assignments' | 'submitted' | 'reviewers' | 'reviewersDone'): DataColumn<RoundRow> => ({
    key,
    title: t(`insights.chart.reviewers.${key}`),
    numeric: true,
    value: (r) => r[key],
    display: (r) => formatCount(r[key], language),
  });
  const series = [
    {
      name: t('insights.chart.reviewers.submitted'),
      color: COLOR.green,
      value: (r: RoundRow) => r.submitted,
    },
    {
      name: t('insights.chart.reviewers.open'),
      color: COLOR.grey,
      value: (r: RoundRow) => Math.max(r.assignments - r.submitted, 0),
    },
  ];
  return (
    <InsightsCard
      title={title}
      testId="chart-reviewers"
      filename={csvName('reviewer-progress', insights.refreshedAt)}
      empty={t('insights.chart.reviewers.empty')}
      rows={rows}
      rowKey={(r) => r.roundId}
      columns={[
        { key: 'round', title: t('insights.chart.reviewers.round'), value: (r) => r.name },
        {
          key: 'status',
          title: t('insights.chart.reviewers.status'),
          value: (r) => t(`insights.roundStatus.${r.status}`),
          display: (r) => <Tag>{t(`insights.roundStatus.${r.status}`)}</Tag>,
        },
        count('assignments'),
        count('submitted'),
        count('reviewers'),
        count('reviewersDone'),
      ]}
      height={Math.max(180, rows.length * 48 + 40)}
      summary={describe(
        title,
        rows.map((r) => [
          r.name,
          `${formatCount(r.submitted, language)}/${formatCount(r.assignments, language)}`,
        ]),
        language,
      )}
      option={() => ({
        legend: legend(series.map((s) => s.name)),
        tooltip: axisTooltip((v) => formatCount(v, language)),
        grid: { left: 8, right: 120, top: 28, bottom: 8, containLabel: true },
        xAxis: {
          type: 'value',
          splitNumber: 3,
          axisLabel: { ...AXIS_TEXT, formatter: (v: number) => formatCount(v, language) },
          splitLine: { lineStyle: { color: '#f0f0f0' } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: rows.map((r) => `${shorten(r.name)}\n${t(`insights.roundStatus.${r.status}`)}`),
          axisLabel: { ...AXIS_TEXT, lineHeight: 16 },
          axisTick: { show: false },
        },
        series: series.map((s, i) => ({
          type: 'bar',
          name: s.name,
          stack: 'reviews',
          barWidth: 18,
          itemStyle: { color: s.color },
          data: rows.map(s.value),
          // "414 / 900 · 46%" after the whole bar (the label of the last series in the stack).
          label:
            i === series.length - 1
              ? {
                  show: true,
                  position: 'right',
                  color: COLOR.text,
                  formatter: (p: ItemParams) => {
                    const row = rows[p.dataIndex];
                    if (!row) return '';
                    const done = `${formatCount(row.submitted, language)} / ${formatCount(row.assignments, language)}`;
                    return row.assignments
                      ? `${done} · ${formatShare(row.submitted / row.assignments, language)}`
                      : done;
                  },
                }
              : { show: false },
        })),
      })}
    />
  );
}
