import { BarChartOutlined, DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Segmented, Skeleton, Space, Table } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const EChart = lazy(() => import('./EChart'));

export interface ChartColumn {
  key: string;
  title: string;
  numeric?: boolean;
}

export type ChartRow = Record<string, string | number | null>;

/** RFC 4180 CSV with a BOM, so spreadsheet programs read Chinese correctly. */
export function toCsv(columns: ChartColumn[], rows: ChartRow[]): string {
  const cell = (value: string | number | null) => {
    const text = value == null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    columns.map((c) => cell(c.title)),
    ...rows.map((r) => columns.map((c) => cell(r[c.key] ?? null))),
  ];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

function saveCsv(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A chart with the same data as a table one click away, and the data as CSV. The chart library loads
 * only when a chart is first shown.
 */
export function ChartCard({
  title,
  option,
  columns,
  rows,
  filename,
  height = 280,
  extra,
  testId,
}: {
  title: ReactNode;
  option: EChartsCoreOption;
  columns: ChartColumn[];
  rows: ChartRow[];
  /** Without extension. */
  filename: string;
  height?: number;
  extra?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const label = typeof title === 'string' ? title : filename;
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Space size="small" wrap>
          {extra}
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
            onClick={() => saveCsv(`${filename}.csv`, toCsv(columns, rows))}
          >
            {t('common.chart.exportCsv')}
          </Button>
        </Space>
      }
    >
      {!rows.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.chart.empty')} />
      ) : view === 'chart' ? (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
          <EChart option={option} height={height} label={label} />
        </Suspense>
      ) : (
        <Table<ChartRow>
          size="small"
          rowKey={(_, i) => String(i)}
          dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={columns.map((c) => ({
            key: c.key,
            dataIndex: c.key,
            title: c.title,
            align: c.numeric ? ('right' as const) : undefined,
          }))}
        />
      )}
    </Card>
  );
}
