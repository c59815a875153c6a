import { BarChartOutlined, DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../app/charts/ChartCard';

const InsightsChart = lazy(() => import('./charts/InsightsChart'));

/** One column of a chart's data: its raw value (CSV, sorting) and how the table shows it. */
export interface DataColumn<R> {
  key: string;
  title: string;
  numeric?: boolean;
  value: (row: R) => string | number | null;
  /** The table cell; the raw value when absent. */
  display?: (row: R) => ReactNode;
  /** In the CSV only (codes, currencies), so the table fits its card. */
  csvOnly?: boolean;
}

/** Saves text as a download (the link's `download` attribute names the file). */
function saveText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The rows as CSV, UTF-8 with a BOM (so Excel reads Chinese), titles in the UI language. */
export function rowsToCsv<R>(columns: readonly DataColumn<R>[], rows: readonly R[]): string {
  return toCsv(
    columns.map((c) => ({ key: c.key, title: c.title })),
    rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))),
  );
}

/**
 * A chart card: the chart (ECharts, loaded on first show), the same data as a table one click away, and the
 * data as CSV. With no data it says so instead of drawing empty axes.
 */
export function InsightsCard<R>({
  title,
  testId,
  option,
  columns,
  rows,
  rowKey,
  filename,
  empty,
  note,
  height = 300,
  summary,
}: {
  title: string;
  testId: string;
  /** Built only when there is something to draw. */
  option: () => EChartsCoreOption;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Without extension. */
  filename: string;
  empty: string;
  /** A line under the title, e.g. that the chart shows the top entries only. */
  note?: ReactNode;
  height?: number;
  /** The chart's text alternative. */
  summary: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      style={{ height: '100%' }}
      extra={
        <Flex gap={8} wrap justify="flex-end">
          <Segmented
            size="small"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', icon: <BarChartOutlined />, label: t('common.chart.chartView') },
              { value: 'table', icon: <TableOutlined />, label: t('common.chart.tableView') },
            ]}
          />
          <Button
            size="small"
            icon={<DownloadOutlined />}
            disabled={!rows.length}
            onClick={() => saveText(`${filename}.csv`, rowsToCsv(columns, rows), 'text/csv;charset=utf-8')}
          >
            {t('common.chart.exportCsv')}
          </Button>
        </Flex>
      }
    >
      {!rows.length ? (
        <Flex align="center" justify="center" style={{ minHeight: 160 }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        </Flex>
      ) : view === 'chart' ? (
        <>
          {note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {note}
            </Typography.Text>
          ) : null}
          <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
            <InsightsChart option={option()} height={height} label={summary} />
          </Suspense>
        </>
      ) : (
        <Table<R>
          size="small"
          aria-label={title}
          rowKey={rowKey}
          dataSource={[...rows]}
          scroll={{ x: 'max-content' }}
          pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={columns
            .filter((c) => !c.csvOnly)
            .map((c) => ({
              key: c.key,
              title: c.title,
              align: c.numeric ? ('right' as const) : undefined,
              render: (_: unknown, row: R) => (c.display ? c.display(row) : c.value(row)),
            }))}
        />
      )}
    </Card>
  );
}
