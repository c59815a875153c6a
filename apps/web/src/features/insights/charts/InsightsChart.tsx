import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

/*
 * The dashboard's chart module, loaded with `import()` the first time a chart is shown: only the chart
 * types, components and renderer the dashboard draws are registered, so the rest of ECharts never ships.
 */
echarts.use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const FONT = '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** One ECharts canvas with a text alternative; `option` is plain ECharts configuration. */
export default function InsightsChart({
  option,
  height,
  label,
}: {
  option: EChartsCoreOption;
  height: number;
  label: string;
}) {
  return (
    <div role="img" aria-label={label} data-testid="insights-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={{ textStyle: { fontFamily: FONT }, animation: false, ...option }}
        notMerge
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
