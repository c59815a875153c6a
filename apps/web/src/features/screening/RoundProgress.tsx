import { useQuery } from '@apollo/client/react';
import { Flex, Progress, Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../app/charts/ChartCard';
import {
  ReviewerProgressDocument,
  type ReviewerProgressQuery,
  type ScreeningRoundFieldsFragment,
} from '../../gql/graphql';
import { QueryError } from '../members/QueryError';

type ProgressRow = ReviewerProgressQuery['reviewerProgress'][number];

/** Live progress per reviewer (refreshed every 15 s while the round is open). */
export default function RoundProgress({ round }: { round: ScreeningRoundFieldsFragment }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ReviewerProgressDocument, {
    variables: { roundId: round.id },
    fetchPolicy: 'cache-and-network',
    pollInterval: round.status === 'OPEN' ? 15000 : 0,
  });
  if (error && !data)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <Skeleton active />;
  const rows = [...data.reviewerProgress].sort(
    (a, b) => a.submitted / Math.max(a.assigned, 1) - b.submitted / Math.max(b.assigned, 1),
  );
  const chartRows = rows.map((r) => ({
    reviewer: r.reviewer.displayName,
    assigned: r.assigned,
    declared: r.declared,
    drafts: r.drafts,
    submitted: r.submitted,
  }));
  return (
    <Flex vertical gap={16}>
      <ChartCard
        title={t('screening.progress.chart')}
        filename={`round-${round.ordinal}-progress`}
        testId="progress-chart"
        columns={[
          { key: 'reviewer', title: t('screening.progress.column.reviewer') },
          { key: 'assigned', title: t('screening.progress.column.assigned'), numeric: true },
          { key: 'declared', title: t('screening.progress.column.declared'), numeric: true },
          { key: 'drafts', title: t('screening.progress.column.drafts'), numeric: true },
          { key: 'submitted', title: t('screening.progress.column.submitted'), numeric: true },
        ]}
        rows={chartRows}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 16, top: 32, bottom: 24 },
          xAxis: {
            type: 'category',
            data: chartRows.map((r) => r.reviewer),
            axisLabel: { show: chartRows.length <= 30 },
          },
          yAxis: { type: 'value' },
          series: [
            {
              name: t('screening.progress.column.submitted'),
              type: 'bar',
              stack: 'all',
              data: chartRows.map((r) => r.submitted),
            },
            {
              name: t('screening.progress.column.drafts'),
              type: 'bar',
              stack: 'all',
              data: chartRows.map((r) => r.drafts),
            },
            {
              name: t('screening.progress.column.assigned'),
              type: 'bar',
              stack: 'all',
              data: chartRows.map((r) => Math.max(r.assigned - r.submitted - r.drafts, 0)),
              itemStyle: { color: '#d9d9d9' },
            },
          ],
        }}
      />
      <Table<ProgressRow>
        rowKey={(r) => r.reviewer.id}
        size="small"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('screening.progress.empty') }}
        columns={[
          {
            key: 'reviewer',
            title: t('screening.progress.column.reviewer'),
            render: (_, r) => r.reviewer.displayName,
          },
          {
            key: 'assigned',
            title: t('screening.progress.column.assigned'),
            align: 'right',
            render: (_, r) => r.assigned,
          },
          {
            key: 'declared',
            title: t('screening.progress.column.declared'),
            align: 'right',
            render: (_, r) => r.declared,
          },
          {
            key: 'drafts',
            title: t('screening.progress.column.drafts'),
            align: 'right',
            render: (_, r) => r.drafts,
          },
          {
            key: 'submitted',
            title: t('screening.progress.column.submitted'),
            render: (_, r) => (
              <Progress
                size="small"
                style={{ margin: 0, minWidth: 160 }}
                percent={r.assigned ? Math.round((r.submitted / r.assigned) * 100) : 0}
                format={() => `${r.submitted}/${r.assigned}`}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
