/**
 * The report's page: core's PDF canvas with the report's margins and colours (the charts' series among them)
 * and its footers, written once the page count is known. A report has tens of pages, so pages are buffered
 * until the end (to number them "n / total").
 */
import { contentBox, PDF_COLORS, PdfCanvas, PdfFont } from '@sixcan/server-core';
import { REPORT_DOCUMENT } from './report-failure';

export const MARGIN = { top: 54, side: 48, bottom: 62 } as const;
export const CONTENT = contentBox(MARGIN);

export const COLORS = {
  ...PDF_COLORS,
  accentLight: '#9db8dc',
  band: '#f2f5f9',
  /** Series colours of the charts, distinguishable in print and for the common colour blindnesses. */
  series: ['#1d4f91', '#e07b39', '#3a9b6e', '#8c5fb8', '#c9a227', '#d45087', '#4bacc6', '#7f7f7f'],
} as const;

export class ReportCanvas extends PdfCanvas {
  constructor(font: PdfFont, title: string) {
    super(font, { document: REPORT_DOCUMENT, title, margin: MARGIN, bufferPages: true });
  }

  /** Writes every page's footer: the running title, a note under it, "n / total" in both languages. */
  footers(runningTitle: string, note: string): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const n = i - start + 1;
      this.pageFooter({
        y: CONTENT.bottom + 22,
        runningTitle,
        titleShare: 0.62,
        note,
        page: `第 ${n} / ${count} 页 · Page ${n} of ${count}`,
        pageSize: 8,
      });
    }
  }
}
