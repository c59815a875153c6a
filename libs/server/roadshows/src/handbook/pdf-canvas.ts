/**
 * A pdfkit document with the handbook's primitives: one embedded CJK font, text that always stays inside a
 * box (wrapped, cut with an ellipsis at the box's height, never flowing onto a new page), QR codes drawn as
 * vector squares, and the page footer. Pages are flushed as they are finished (no page buffering), and the
 * bytes are collected as pdfkit streams them.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { HandbookFailure } from './handbook-failure';

export const PAGE = { width: 595.28, height: 841.89 } as const; // A4 in points
export const MARGIN = { top: 56, side: 56, bottom: 64 } as const;
export const CONTENT = {
  left: MARGIN.side,
  width: PAGE.width - 2 * MARGIN.side,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
} as const;

export const COLORS = { text: '#1f2328', muted: '#5b6470', accent: '#1d4f91', rule: '#c9d3e0' } as const;

/** The font face in a TrueType/OpenType collection when the path names none. */
export const DEFAULT_COLLECTION_FACE = 'NotoSansCJKsc-Regular';

export interface TextBox {
  x: number;
  y: number;
  width: number;
  /** Cut here (with an ellipsis): text never goes below y + height. */
  height: number;
  size: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

/** `path` or `path#Face` (the face, a PostScript name, only for collections such as .ttc). */
export function fontSetting(value: string): { path: string; face: string | undefined } {
  const hash = value.lastIndexOf('#');
  const path = hash > 0 && !value.slice(hash).includes('/') ? value.slice(0, hash) : value;
  const named = path === value ? undefined : value.slice(hash + 1);
  const collection = /\.(ttc|otc)$/i.test(path);
  return { path, face: named || (collection ? DEFAULT_COLLECTION_FACE : undefined) };
}

/** Control characters a PDF text run cannot show (line breaks and tabs are kept as spaces or breaks). */
export const printable = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;
  private pages = 0;

  constructor(font: Buffer, face: string | undefined, info: { title: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      compress: true,
      info: { Title: info.title, Author: 'SixCan', Creator: 'SixCan' },
      lang: 'zh-CN',
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    this.doc.on('pageAdded', () => this.pages++);
    try {
      this.doc.registerFont('body', font, face);
      this.doc.font('body');
    } catch (error) {
      throw new HandbookFailure(
        `The handbook font cannot be used${face ? ` (face ${face})` : ''}: ${(error as Error).message}. ` +
          'Set HANDBOOK_FONT_PATH to a TrueType/OpenType font with Chinese glyphs (path#Face for a collection).',
      );
    }
  }

  get pageCount(): number {
    return this.pages;
  }

  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
  }

  /** Line height at a font size, gap included. */
  lineHeight(size: number): number {
    return this.doc.fontSize(size).currentLineHeight(true);
  }

  /** Height the text takes when wrapped to `width` at `size`. */
  measure(text: string, size: number, width: number): number {
    if (!text) return 0;
    return this.doc.fontSize(size).heightOfString(printable(text), { width });
  }

  /** Draws wrapped text inside the box; returns the height used (at most the box's). */
  text(text: string | null | undefined, box: TextBox): number {
    const value = printable(text ?? '').trim();
    if (!value || box.height < this.lineHeight(box.size) - 0.01) return 0;
    const used = Math.min(box.height, this.measure(value, box.size, box.width));
    this.doc
      .fontSize(box.size)
      .fillColor(box.color ?? COLORS.text)
      .text(value, box.x, box.y, {
        width: box.width,
        height: box.height,
        ellipsis: '…',
        align: box.align ?? 'left',
      });
    return used;
  }

  /** Text on one line, cut with an ellipsis. */
  line(text: string | null | undefined, box: Omit<TextBox, 'height'>): number {
    return this.text(text, { ...box, height: this.lineHeight(box.size) });
  }

  rule(y: number, color: string = COLORS.rule, x = CONTENT.left, width = CONTENT.width): void {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke()
      .restore();
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
    const y = CONTENT.bottom + 24;
    this.rule(CONTENT.bottom + 14);
    this.line(runningTitle, {
      x: CONTENT.left,
      y,
      width: CONTENT.width * 0.6,
      size: 7.5,
      color: COLORS.muted,
    });
    this.line(String(page), {
      x: CONTENT.left,
      y,
      width: CONTENT.width,
      size: 8.5,
      align: 'right',
      color: COLORS.muted,
    });
  }

  /** Ends the document and returns its bytes. */
  async finish(): Promise<Buffer> {
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}
