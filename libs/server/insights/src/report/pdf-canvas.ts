/**
 * A pdfkit document with the report's primitives: one embedded CJK font, text that always stays inside a box
 * (wrapped, cut with an ellipsis at the box's height, never flowing onto a new page), filled shapes for the
 * charts, and page footers written once the page count is known. A report has tens of pages, so pages are
 * buffered until the end (to number them "n / total").
 */
import PDFDocument from 'pdfkit';
import { ReportFailure } from './report-failure';

export const PAGE = { width: 595.28, height: 841.89 } as const; // A4 in points
export const MARGIN = { top: 54, side: 48, bottom: 62 } as const;
export const CONTENT = {
  left: MARGIN.side,
  right: PAGE.width - MARGIN.side,
  width: PAGE.width - 2 * MARGIN.side,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
} as const;

export const COLORS = {
  text: '#1f2328',
  muted: '#5b6470',
  faint: '#8a94a3',
  accent: '#1d4f91',
  accentLight: '#9db8dc',
  rule: '#c9d3e0',
  band: '#f2f5f9',
  /** Series colours of the charts, distinguishable in print and for the common colour blindnesses. */
  series: ['#1d4f91', '#e07b39', '#3a9b6e', '#8c5fb8', '#c9a227', '#d45087', '#4bacc6', '#7f7f7f'],
} as const;

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
  private finalPages = 0;

  constructor(font: Buffer, face: string | undefined, info: { title: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      compress: true,
      info: { Title: info.title, Author: 'SixCan', Creator: 'SixCan' },
      lang: 'zh-CN',
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', resolve);
      this.doc.on('error', reject);
    });
    try {
      this.doc.registerFont('body', font, face);
      this.doc.font('body');
    } catch (error) {
      throw new ReportFailure(
        `The report font cannot be used${face ? ` (face ${face})` : ''}: ${(error as Error).message}. ` +
          'Set HANDBOOK_FONT_PATH to a TrueType/OpenType font with Chinese glyphs (path#Face for a collection).',
      );
    }
  }

  get pageCount(): number {
    return this.finalPages || this.doc.bufferedPageRange().count;
  }

  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
  }

  /** Line height at a font size, gap included. */
  lineHeight(size: number): number {
    return this.doc.fontSize(size).currentLineHeight(true);
  }

  /** Width of the text on one line at a font size. */
  width(text: string, size: number): number {
    return this.doc.fontSize(size).widthOfString(printable(text));
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
        lineBreak: true,
      });
    return used;
  }

  /** Text on one line, cut with an ellipsis. */
  line(text: string | null | undefined, box: Omit<TextBox, 'height'>): number {
    return this.text(text, { ...box, height: this.lineHeight(box.size) });
  }

  /** The largest size up to `size` (down to `min`) at which the text fits on one line of `width`. */
  fitSize(text: string, size: number, width: number, min: number): number {
    let s = size;
    while (s > min && this.width(text, s) > width) s -= 0.5;
    return s;
  }

  rule(
    y: number,
    color: string = COLORS.rule,
    x: number = CONTENT.left,
    width: number = CONTENT.width,
  ): void {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  rect(x: number, y: number, width: number, height: number, color: string): void {
    if (width <= 0 || height <= 0) return;
    this.doc.save().rect(x, y, width, height).fill(color).restore();
  }

  /** Writes every page's footer (running title, "n / total" in both languages) and ends the document. */
  async finish(runningTitle: string, note: string): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    this.finalPages = count;
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const y = CONTENT.bottom + 22;
      this.rule(CONTENT.bottom + 12);
      this.line(runningTitle, {
        x: CONTENT.left,
        y,
        width: CONTENT.width * 0.62,
        size: 7.5,
        color: COLORS.muted,
      });
      this.line(note, {
        x: CONTENT.left,
        y: y + 11,
        width: CONTENT.width * 0.62,
        size: 6.5,
        color: COLORS.faint,
      });
      const n = i - start + 1;
      this.line(`第 ${n} / ${count} 页 · Page ${n} of ${count}`, {
        x: CONTENT.left,
        y,
        width: CONTENT.width,
        size: 8,
        align: 'right',
        color: COLORS.muted,
      });
    }
    this.doc.flushPages();
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}
