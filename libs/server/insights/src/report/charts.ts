/**
 * The report's charts, drawn as vector shapes with pdfkit: horizontal bars (one series, or two side by side),
 * a 100 % stacked share bar with its legend, and a time series (bars per period plus a running total line).
 * Every bar and point that carries a figure is labelled with it; labels never leave the chart's box.
 * Heights are computed first (`*Height`), so the page layout can place charts before drawing them.
 */
import { PdfCanvas } from '@sixcan/server-core';
import { COLORS } from './pdf-canvas';

export interface Box {
  x: number;
  y: number;
  width: number;
}

export interface BarRow {
  /** First line of the row's label (Chinese). */
  label: string;
  /** Second line (English), smaller. */
  sublabel?: string | null;
  value: number;
  /** What is printed at the bar's end, e.g. "2,400". */
  valueText: string;
  /** Printed at the right edge, e.g. a share or a conversion rate. */
  note?: string | null;
  color?: string;
}

const LABEL_SIZE = 8;
const SUB_SIZE = 6.8;
const VALUE_SIZE = 7.8;

/** Rows of bars with two-line labels on the left, the figure at each bar's end and a note on the right. */
export function barRowsHeight(c: PdfCanvas, rows: number, twoLines: boolean): number {
  return rows * rowHeight(c, twoLines);
}

const rowHeight = (c: PdfCanvas, twoLines: boolean) =>
  twoLines ? c.lineHeight(LABEL_SIZE) + c.lineHeight(SUB_SIZE) + 4 : c.lineHeight(LABEL_SIZE) + 6;

export function barRows(
  c: PdfCanvas,
  box: Box,
  rows: readonly BarRow[],
  opts: { labelWidth?: number; noteWidth?: number; max?: number } = {},
): number {
  const twoLines = rows.some((r) => r.sublabel);
  const h = rowHeight(c, twoLines);
  const labelWidth = opts.labelWidth ?? box.width * 0.34;
  const noteWidth = rows.some((r) => r.note) ? (opts.noteWidth ?? 44) : 0;
  const valueRoom = Math.max(...rows.map((r) => c.width(r.valueText, VALUE_SIZE)), 0) + 6;
  const barX = box.x + labelWidth + 6;
  const barMax = Math.max(10, box.width - labelWidth - 6 - noteWidth - valueRoom);
  const max = opts.max ?? Math.max(...rows.map((r) => r.value), 0);
  rows.forEach((row, i) => {
    const y = box.y + i * h;
    c.line(row.label, { x: box.x, y: y + 1, width: labelWidth, size: LABEL_SIZE });
    if (row.sublabel)
      c.line(row.sublabel, {
        x: box.x,
        y: y + 1 + c.lineHeight(LABEL_SIZE),
        width: labelWidth,
        size: SUB_SIZE,
        color: COLORS.muted,
      });
    const barHeight = Math.min(h - 6, 11);
    const barY = y + (h - barHeight) / 2 - 1;
    const length = max > 0 ? Math.max(row.value > 0 ? 1.5 : 0, (row.value / max) * barMax) : 0;
    c.rect(barX, barY, length, barHeight, row.color ?? COLORS.accent);
    c.line(row.valueText, {
      x: barX + length + 4,
      y: barY + (barHeight - c.lineHeight(VALUE_SIZE)) / 2 + 1,
      width: valueRoom + 4,
      size: VALUE_SIZE,
    });
    if (row.note)
      c.line(row.note, {
        x: box.x + box.width - noteWidth,
        y: barY + (barHeight - c.lineHeight(VALUE_SIZE)) / 2 + 1,
        width: noteWidth,
        size: VALUE_SIZE - 0.5,
        align: 'right',
        color: COLORS.muted,
      });
  });
  return rows.length * h;
}

export interface PairRow {
  label: string;
  sublabel?: string | null;
  a: number;
  b: number;
  note?: string | null;
}

/** Two bars per row (e.g. nominated and advanced), both labelled, on one scale, with a legend above. */
export function pairRowsHeight(c: PdfCanvas, rows: number): number {
  return c.lineHeight(7.5) + 6 + rows * pairRowHeight(c);
}

const pairRowHeight = (c: PdfCanvas) => Math.max(c.lineHeight(LABEL_SIZE) + c.lineHeight(SUB_SIZE) + 4, 22);

export function pairRows(
  c: PdfCanvas,
  box: Box,
  rows: readonly PairRow[],
  legend: [string, string],
  opts: { labelWidth?: number; noteWidth?: number } = {},
): number {
  const colors = [COLORS.accentLight, COLORS.accent];
  let x = box.x;
  legend.forEach((name, i) => {
    c.rect(x, box.y + 2, 8, 6, colors[i] as string);
    c.line(name, { x: x + 11, y: box.y, width: box.width / 2 - 14, size: 7.5, color: COLORS.muted });
    x += Math.min(box.width / 2, c.width(name, 7.5) + 28);
  });
  const top = box.y + c.lineHeight(7.5) + 6;
  const h = pairRowHeight(c);
  const labelWidth = opts.labelWidth ?? box.width * 0.34;
  const noteWidth = rows.some((r) => r.note) ? (opts.noteWidth ?? 44) : 0;
  const values = rows.flatMap((r) => [r.a, r.b]);
  const valueRoom = Math.max(...values.map((v) => c.width(String(v), VALUE_SIZE)), 0) + 8;
  const barX = box.x + labelWidth + 6;
  const barMax = Math.max(10, box.width - labelWidth - 6 - noteWidth - valueRoom);
  const max = Math.max(...values, 0);
  rows.forEach((row, i) => {
    const y = top + i * h;
    c.line(row.label, { x: box.x, y: y + 1, width: labelWidth, size: LABEL_SIZE });
    if (row.sublabel)
      c.line(row.sublabel, {
        x: box.x,
        y: y + 1 + c.lineHeight(LABEL_SIZE),
        width: labelWidth,
        size: SUB_SIZE,
        color: COLORS.muted,
      });
    [row.a, row.b].forEach((value, k) => {
      const barY = y + 2 + k * 8.5;
      const length = max > 0 ? Math.max(value > 0 ? 1.5 : 0, (value / max) * barMax) : 0;
      c.rect(barX, barY, length, 7, colors[k] as string);
      c.line(new Intl.NumberFormat('en').format(value), {
        x: barX + length + 3,
        y: barY - 1,
        width: valueRoom,
        size: 6.8,
        color: k ? COLORS.text : COLORS.muted,
      });
    });
    if (row.note)
      c.line(row.note, {
        x: box.x + box.width - noteWidth,
        y: y + 5,
        width: noteWidth,
        size: VALUE_SIZE - 0.5,
        align: 'right',
        color: COLORS.muted,
      });
  });
  return top - box.y + rows.length * h;
}

export interface Share {
  label: string;
  sublabel?: string | null;
  value: number;
  valueText: string;
  note: string;
}

/** A 100 % bar split by share, then a legend row per part (swatch, names, figure, share). */
export function shareBarHeight(c: PdfCanvas, parts: number): number {
  return 18 + 8 + barRowsHeight(c, parts, true);
}

export function shareBar(c: PdfCanvas, box: Box, parts: readonly Share[]): number {
  const total = parts.reduce((n, p) => n + p.value, 0);
  let x = box.x;
  parts.forEach((p, i) => {
    const w = total > 0 ? (p.value / total) * box.width : 0;
    c.rect(x, box.y, w, 18, COLORS.series[i % COLORS.series.length] as string);
    if (w > c.width(p.note, 7.5) + 6)
      c.line(p.note, { x, y: box.y + 4.5, width: w, size: 7.5, align: 'center', color: '#ffffff' });
    x += w;
  });
  if (total === 0) c.rect(box.x, box.y, box.width, 18, COLORS.band);
  const legend = parts.map((p, i) => ({
    label: p.label,
    sublabel: p.sublabel,
    value: p.value,
    valueText: p.valueText,
    note: p.note,
    color: COLORS.series[i % COLORS.series.length],
  }));
  const used = barRows(c, { x: box.x, y: box.y + 26, width: box.width }, legend, { max: total || 1 });
  return 26 + used;
}

export interface SeriesPoint {
  /** Short label under the axis, e.g. "12-01". */
  label: string;
  /** The bar of the period. */
  bar: number;
  barText: string;
  /** The running total at the end of the period (the line). */
  line: number;
  lineText: string;
}

export const SERIES_HEIGHT = 190;

/**
 * Bars per period and a running-total line on a second scale, with both legends. Non-zero bars carry their
 * figure above them (when there is room); the line's last point and its highest carry theirs.
 */
export function series(
  c: PdfCanvas,
  box: Box,
  points: readonly SeriesPoint[],
  legend: { bar: string; line: string },
): number {
  const legendHeight = c.lineHeight(7.5) + 8;
  const axisLabels = 14;
  const top = box.y + legendHeight + 10;
  const plotHeight = SERIES_HEIGHT - legendHeight - axisLabels - 14;
  const bottom = top + plotHeight;
  // Legend.
  c.rect(box.x, box.y + 2, 8, 6, COLORS.accentLight);
  c.line(legend.bar, { x: box.x + 11, y: box.y, width: box.width / 2 - 14, size: 7.5, color: COLORS.muted });
  const lx = box.x + Math.min(box.width / 2, c.width(legend.bar, 7.5) + 30);
  c.doc
    .save()
    .moveTo(lx, box.y + 5)
    .lineTo(lx + 10, box.y + 5)
    .lineWidth(1.6)
    .strokeColor(COLORS.series[1])
    .stroke()
    .restore();
  c.line(legend.line, { x: lx + 13, y: box.y, width: box.width / 2 - 14, size: 7.5, color: COLORS.muted });
  if (!points.length) {
    c.rect(box.x, top, box.width, plotHeight, COLORS.band);
    return SERIES_HEIGHT;
  }
  // Axis and grid.
  c.rule(bottom, COLORS.muted, box.x, box.width);
  const n = points.length;
  const step = box.width / n;
  const barWidth = Math.max(2, Math.min(22, step * 0.62));
  const barMax = Math.max(...points.map((p) => p.bar), 0);
  const lineMax = Math.max(...points.map((p) => p.line), 0);
  const labelEvery = Math.max(1, Math.ceil((c.width('00-00', 6.5) + 6) / step));
  const centre = (i: number) => box.x + step * i + step / 2;
  // Bar figures left to right, each where it does not run into the previous one.
  let free = box.x;
  points.forEach((p, i) => {
    const h = barMax > 0 ? (p.bar / barMax) * (plotHeight * 0.62) : 0;
    c.rect(centre(i) - barWidth / 2, bottom - h, barWidth, h, COLORS.accentLight);
    const w = c.width(p.barText, 6.2);
    const left = centre(i) - w / 2;
    if (p.bar > 0 && left >= free + 2 && left + w <= box.x + box.width) {
      c.line(p.barText, {
        x: left - 1,
        y: bottom - h - 9,
        width: w + 2,
        size: 6.2,
        align: 'center',
        color: COLORS.muted,
      });
      free = left + w;
    }
    if (i % labelEvery === 0 || i === n - 1)
      c.line(p.label, {
        x: centre(i) - step * 1.5,
        y: bottom + 3,
        width: step * 3,
        size: 6.5,
        align: 'center',
        color: COLORS.muted,
      });
  });
  // The running total on its own scale, over the bars.
  const yOf = (v: number) => bottom - (lineMax > 0 ? (v / lineMax) * plotHeight : 0);
  const doc = c.doc.save();
  points.forEach((p, i) => (i ? doc.lineTo(centre(i), yOf(p.line)) : doc.moveTo(centre(i), yOf(p.line))));
  doc.lineWidth(1.6).strokeColor(COLORS.series[1]).stroke().restore();
  let peak = 0;
  points.forEach((p, i) => {
    if (p.line > (points[peak]?.line ?? 0)) peak = i;
    c.doc.save().circle(centre(i), yOf(p.line), 1.8).fill(COLORS.series[1]).restore();
  });
  const last = n - 1;
  // The last point's figure, and the peak's when the total has come down since (realised amounts may).
  const labelled = (points[peak]?.line ?? 0) > (points[last]?.line ?? 0) ? [peak, last] : [last];
  for (const i of labelled) {
    const p = points[i] as SeriesPoint;
    const w = c.width(p.lineText, 7.5) + 4;
    const x = Math.min(Math.max(centre(i) - w / 2, box.x), box.x + box.width - w);
    c.rect(x, yOf(p.line) - 13, w, 10, '#ffffff');
    c.line(p.lineText, {
      x,
      y: yOf(p.line) - 13,
      width: w,
      size: 7.5,
      align: 'center',
      color: COLORS.series[1],
    });
  }
  return SERIES_HEIGHT;
}
