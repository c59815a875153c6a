import type { AppLanguage } from '../../app/i18n';
import { COLOR } from './palette';

/** What ECharts passes to a formatter for one item (only the fields the dashboard reads). */
export interface ItemParams {
  name: string;
  value: number;
  dataIndex: number;
  seriesName?: string;
  marker?: string;
}

/** How many entries a ranked chart shows (the table shows all). */
export const TOP = 15;

/** A chart option's common frame: a plain legend at the top and axes that fit their labels. */
export const AXIS_TEXT = { color: COLOR.muted, fontSize: 12 };

export function legend(names: string[]) {
  return { top: 0, left: 0, data: names, textStyle: { color: COLOR.text }, itemWidth: 14, itemHeight: 10 };
}

/** A tooltip line per series of the hovered category, values formatted in the UI language. */
export function axisTooltip(format: (value: number) => string) {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params: ItemParams[]) => {
      const list = Array.isArray(params) ? params : [params];
      const head = list[0]?.name ?? '';
      return [
        escapeHtml(head),
        ...list.map((p) => `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}: ${format(Number(p.value))}`),
      ].join('<br/>');
    },
  };
}

/** ECharts tooltips are HTML: names typed by people (channels, sectors) are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Long category names cut for an axis (the tooltip and the table keep them whole). */
export function shorten(text: string, max = 22): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "Funnel: Collected 2,400, Submitted 2,310, …": the text alternative of a chart. */
export function describe(title: string, entries: [string, string][], language: AppLanguage): string {
  const separator = language === 'zh-CN' ? '，' : ', ';
  const colon = language === 'zh-CN' ? '：' : ': ';
  return `${title}${colon}${entries.map(([k, v]) => `${k} ${v}`).join(separator)}`;
}

/** A file name for one chart's CSV: `<chart>-<YYYY-MM-DD of the figures>`. */
export function csvName(chart: string, refreshedAt: string): string {
  return `dashboard-${chart}-${refreshedAt.slice(0, 10)}`;
}
