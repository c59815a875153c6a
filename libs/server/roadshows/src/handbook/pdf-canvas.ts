/**
 * The handbook's page: core's PDF canvas with the handbook's margins and two primitives of its own, QR codes
 * drawn as vector squares and the page footer. Pages are flushed as they are finished (no page buffering).
 */
import { contentBox, PDF_COLORS, PdfCanvas, PdfFont } from '@sixcan/server-core';
import QRCode from 'qrcode';
import { HANDBOOK_DOCUMENT } from './handbook-failure';

export const MARGIN = { top: 56, side: 56, bottom: 64 } as const;
export const CONTENT = contentBox(MARGIN);
export const COLORS = PDF_COLORS;

export class HandbookCanvas extends PdfCanvas {
  constructor(font: PdfFont, title: string) {
    super(font, { document: HANDBOOK_DOCUMENT, title, margin: MARGIN });
  }

  /** A QR code of `url` as dark squares (runs of a row merged), linked to the URL. */
  qr(url: string, x: number, y: number, size: number): void {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    const quiet = 2;
    const cell = size / (n + 2 * quiet);
    const doc = this.doc.save();
    for (let row = 0; row < n; row++) {
      let start = -1;
      for (let col = 0; col <= n; col++) {
        const dark = col < n && modules.get(row, col);
        if (dark && start < 0) start = col;
        if (!dark && start >= 0) {
          doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell, cell);
          start = -1;
        }
      }
    }
    doc.fill('#000000').restore();
    this.doc.link(x, y, size, size, url);
  }

  /** Under a rule: the running title on the left and the page number on the right. */
  footer(page: number, runningTitle: string): void {
    this.pageFooter({
      y: CONTENT.bottom + 24,
      runningTitle,
      titleShare: 0.6,
      page: String(page),
      pageSize: 8.5,
    });
  }
}
