import { useQuery } from '@apollo/client/react';
import { Button, Col, Flex, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import { ChartCard } from '../../app/charts/ChartCard';
import {
  RoundChartsDocument,
  RoundResultsDocument,
  type Decision,
  type ProgrammeFieldsFragment,
  type RoundResultFieldsFragment,
  type RoundResultOrder,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';
import { countryName, pickText } from '../programmes/shared';
import { FeedbackModal, OverrideModal } from './ResultModals';

const PAGE = 50;
const ORDERS: RoundResultOrder[] = ['RANK', 'DISAGREEMENT', 'FEWEST_REVIEWS'];
const DECISION_COLORS: Record<Decision, string> = { ADVANCE: 'success', REJECT: 'default' };
const fixed = (v: number | null | undefined, digits = 2) => (v == null ? '—' : v.toFixed(digits));

/** The ranking with gate, proposal and final decision; charts of the score distribution and leniency. */
export default function RoundResults({
  programme,
  round,
  onChanged,
}: {
  programme: ProgrammeFieldsFragment;
  round: ScreeningRoundFieldsFragment;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [orderBy, setOrderBy] = useState<RoundResultOrder>('RANK');
  // Cursors of the pages before the current one (keyset paging over a stable order).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [overriding, setOverriding] = useState<RoundResultFieldsFragment>();
  const [feedbackFor, setFeedbackFor] = useState<RoundResultFieldsFragment>();
  const after = cursors[cursors.length - 1] ?? null;
  const { data, error, refetch, loading } = useQuery(RoundResultsDocument, {
    variables: { roundId: round.id, first: PAGE, after, orderBy },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.roundResults.edges.map((e) => e.node) ?? [];
  const canOverride = round.status === 'CLOSED';
  const canRelease = round.status === 'DECIDED';
  const criterion = (code: string) => {
    const c = programme.rubric.find((r) => r.code === code);
    return c ? (language === 'zh-CN' ? c.nameZh : c.nameEn) : code;
  };

  return (
    <Flex vertical gap={16}>
      <RoundCharts round={round} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text data-testid="results-total">
          {data ? t('screening.common.of', { done: rows.length, total: data.roundResults.totalCount }) : null}
        </Typography.Text>
        <Select<RoundResultOrder>
          style={{ width: 220 }}
          value={orderBy}
          onChange={(v) => {
            setOrderBy(v);
            setCursors([null]);
          }}
          options={ORDERS.map((o) => ({
            value: o,
            label:
              o === 'RANK'
                ? t('screening.results.column.rank')
                : o === 'DISAGREEMENT'
                  ? t('screening.results.column.disagreement')
                  : t('screening.results.column.reviews'),
          }))}
        />
      </Flex>
      {error && !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      <Table<RoundResultFieldsFragment>
        rowKey="projectId"
        size="small"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('screening.results.empty') }}
        data-testid="results-table"
        expandable={{
          rowExpandable: (r) => r.perCriterion.length > 0,
          expandedRowRender: (r) => (
            <Space wrap>
              {r.perCriterion.map((c) => (
                <Tag key={c.criterion}>
                  {criterion(c.criterion)}: {fixed(c.score)}
                </Tag>
              ))}
              {r.minReviewerScore != null ? <Tag>min {fixed(r.minReviewerScore)}</Tag> : null}
            </Space>
          ),
        }}
        columns={[
          { key: 'rank', title: t('screening.results.column.rank'), width: 64, render: (_, r) => r.rank },
          {
            key: 'project',
            title: t('screening.results.column.project'),
            render: (_, r) => (
              <Flex vertical>
                <span>{pickText(r.title, language)}</span>
                <Typography.Text type="secondary">
                  {[r.organizationName, countryName(r.country, language)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'normalised',
            title: t('screening.results.column.normalised'),
            align: 'right',
            render: (_, r) => fixed(r.normalised),
          },
          {
            key: 'raw',
            title: t('screening.results.column.raw'),
            align: 'right',
            render: (_, r) => fixed(r.rawMean),
          },
          {
            key: 'disagreement',
            title: t('screening.results.column.disagreement'),
            align: 'right',
            width: 90,
            render: (_, r) => fixed(r.disagreement),
          },
          {
            key: 'reviews',
            title: t('screening.results.column.reviews'),
            align: 'right',
            render: (_, r) => r.reviewCount,
          },
          {
            key: 'gate',
            title: t('screening.results.column.gate'),
            render: (_, r) =>
              r.reviewCount === 0 ? (
                '—'
              ) : r.gate.passed ? (
                <Tag color="success">{t('screening.results.gatePassed')}</Tag>
              ) : (
                <Tag color="error" style={{ whiteSpace: 'normal' }}>
                  {t('screening.results.gateFailed', {
                    cans: r.gate.failedCans.map((c) => t(`screening.can.${c}`)).join(', '),
                  })}
                </Tag>
              ),
          },
          {
            key: 'decision',
            title: t('screening.results.column.decision'),
            render: (_, r) => (
              <Flex vertical gap={2}>
                {r.decision ? (
                  <Tag color={DECISION_COLORS[r.decision]}>{t(`screening.decision.${r.decision}`)}</Tag>
                ) : (
                  '—'
                )}
                {r.override ? (
                  <Tooltip
                    title={t('screening.results.proposedWas', {
                      decision: r.proposed ? t(`screening.decision.${r.proposed}`) : '—',
                      by: r.override.by,
                    })}
                  >
                    <Typography.Text type="warning" style={{ fontSize: 12 }}>
                      {t('screening.results.overridden', { reason: r.override.reason })}
                    </Typography.Text>
                  </Tooltip>
                ) : null}
              </Flex>
            ),
          },
          {
            key: 'actions',
            title: '',
            width: 100,
            render: (_, r) =>
              canOverride ? (
                <Button size="small" onClick={() => setOverriding(r)}>
                  {t('screening.results.override')}
                </Button>
              ) : canRelease ? (
                <Button size="small" onClick={() => setFeedbackFor(r)}>
                  {t('screening.results.feedback')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Flex justify="flex-end" gap={8}>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          ‹
        </Button>
        <Button
          disabled={!data?.roundResults.pageInfo.hasNextPage}
          onClick={() => setCursors((c) => [...c, data?.roundResults.pageInfo.endCursor ?? null])}
        >
          ›
        </Button>
      </Flex>
      <OverrideModal
        round={round}
        result={overriding}
        onClose={() => setOverriding(undefined)}
        onDone={() => {
          setOverriding(undefined);
          // Results carry no id of their own (one per project and round): read the page again.
          void refetch().catch(() => undefined);
          onChanged();
        }}
      />
      <FeedbackModal round={round} result={feedbackFor} onClose={() => setFeedbackFor(undefined)} />
    </Flex>
  );
}

function RoundCharts({ round }: { round: ScreeningRoundFieldsFragment }) {
  const { t } = useTranslation();
  const { data } = useQuery(RoundChartsDocument, {
    variables: { roundId: round.id },
    fetchPolicy: 'cache-and-network',
  });
  const buckets = (data?.roundScoreDistribution ?? []).map((b) => ({
    bucket: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`,
    normalised: b.normalised,
    raw: b.raw,
  }));
  const leniency = [...(data?.reviewerLeniency ?? [])]
    .sort((a, b) => a.meanRaw - b.meanRaw)
    .map((l) => ({
      reviewer: l.reviewer.displayName,
      meanRaw: Number(l.meanRaw.toFixed(2)),
      meanZ: Number(l.meanZ.toFixed(2)),
      count: l.count,
    }));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <ChartCard
          title={t('screening.results.distribution')}
          filename={`round-${round.ordinal}-distribution`}
          testId="distribution-chart"
          columns={[
            { key: 'bucket', title: t('screening.results.bucket') },
            { key: 'normalised', title: t('screening.results.column.normalised'), numeric: true },
            { key: 'raw', title: t('screening.results.column.raw'), numeric: true },
          ]}
          rows={buckets}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 40, right: 16, top: 32, bottom: 32 },
            xAxis: {
              type: 'category',
              data: buckets.map((b) => b.bucket),
              name: t('screening.results.bucket'),
            },
            yAxis: { type: 'value', name: t('screening.results.projects') },
            series: [
              {
                name: t('screening.results.column.normalised'),
                type: 'bar',
                data: buckets.map((b) => b.normalised),
              },
              { name: t('screening.results.column.raw'), type: 'bar', data: buckets.map((b) => b.raw) },
            ],
          }}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          title={
            <Tooltip title={t('screening.results.leniencyHelp')}>
              <span>{t('screening.results.leniency')}</span>
            </Tooltip>
          }
          filename={`round-${round.ordinal}-leniency`}
          testId="leniency-chart"
          columns={[
            { key: 'reviewer', title: t('screening.progress.column.reviewer') },
            { key: 'meanRaw', title: t('screening.results.meanRaw'), numeric: true },
            { key: 'meanZ', title: 'z', numeric: true },
            { key: 'count', title: t('screening.results.reviewCount'), numeric: true },
          ]}
          rows={leniency}
          option={{
            tooltip: { trigger: 'axis' },
            grid: { left: 40, right: 16, top: 24, bottom: 24 },
            xAxis: {
              type: 'category',
              data: leniency.map((l) => l.reviewer),
              axisLabel: { show: leniency.length <= 30 },
            },
            yAxis: { type: 'value', name: t('screening.results.meanRaw') },
            series: [
              { name: t('screening.results.meanRaw'), type: 'bar', data: leniency.map((l) => l.meanRaw) },
            ],
          }}
        />
      </Col>
    </Row>
  );
}
