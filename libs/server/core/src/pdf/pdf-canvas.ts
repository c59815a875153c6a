/**
 * A pdfkit document with the primitives the printed documents (the roadshow handbook, the bureau report)
 * share: one embedded CJK font, text that always stays inside a box (wrapped, cut with an ellipsis at the
 * box's height, never flowing onto a new page), rules, filled rectangles, and the bytes collected as pdfkit
 * streams them. Each document subclasses it with its margins, its footer and its own shapes.
 */
import PDFDocument from 'pdfkit';
import { readFile } from 'node:fs/promises';

export const PAGE = { width: 595.28, height: 841.89 } as const; // A4 in points

export interface PageMargins {
  top: number;
  side: number;
  bottom: number;
}

/** The area inside the margins, in points from the page's top left corner. */
export interface ContentBox {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

export const contentBox = (margin: PageMargins): ContentBox => ({
  left: margin.side,
  right: PAGE.width - margin.side,
  width: PAGE.width - 2 * margin.side,
  top: margin.top,
  bottom: PAGE.height - margin.bottom,
});

export const PDF_COLORS = {
  text: '#1f2328',
  muted: '#5b6470',
  faint: '#8a94a3',
  accent: '#1d4f91',
  rule: '#c9d3e0',
} as const;

/** The font face in a TrueType/OpenType collection when the path names none. */
export const DEFAULT_COLLECTION_FACE = 'NotoSansCJKsc-Regular';

export interface PdfFont {
  font: Buffer;
  /** The face's PostScript name in a collection (.ttc). */
  face: string | undefined;
}

/**
 * Which document is written: its name in the errors ("The handbook font …") and the error that fails the
 * job at once (a missing or unusable font is not fixed by another attempt).
 */
export interface PrintedDocument {
  name: string;
  failure: (message: string) => Error;
}

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

/** The bytes of the font HANDBOOK_FONT_PATH names, or the document's failure saying what to install or set. */
export async function readPdfFont(setting: string, document: PrintedDocument): Promise<PdfFont> {
  const { path, face } = fontSetting(setting);
  try {
    return { font: await readFile(path), face };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw document.failure(
      code === 'ENOENT'
        ? `The ${document.name} font ${path} is missing: install Debian's fonts-noto-cjk or set HANDBOOK_FONT_PATH to a font with Chinese glyphs`
        : `The ${document.name} font ${path} cannot be read (${code ?? (error as Error).message}): check HANDBOOK_FONT_PATH`,
    );
  }
}

/** Control characters a PDF text run cannot show (line breaks and tabs are kept as spaces or breaks). */
export const printable = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

export interface PageFooter {
  /** The top of the footer's text; the rule is 10 points above it. */
  y: number;
  runningTitle: string;
  /** The running title's (and the note's) share of the content's width. */
  titleShare: number;
  /** Smaller, under the running title. */
  note?: string;
  /** The page's label on the right ("4", "Page 4 of 12"). */
  page: string;
  pageSize: number;
}

export interface PdfCanvasOptions {
  document: PrintedDocument;
  /** The title in the file's properties. */
  title: string;
  margin: PageMargins;
  /**
   * Keep every page open until the end (to write footers that need the page count, "n / total"); without
   * it each page is flushed when the next one starts, so memory stays bounded however long the document.
   */
  bufferPages?: boolean;
}

export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  /** The area inside the margins. */
  readonly content: ContentBox;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;
  private pages = 0;

  constructor({ font, face }: PdfFont, options: PdfCanvasOptions) {
    this.content = contentBox(options.margin);
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      bufferPages: options.bufferPages ?? false,
      compress: true,
      info: { Title: options.title, Author: 'SixCan', Creator: 'SixCan' },
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
      throw options.document.failure(
        `The ${options.document.name} font cannot be used${face ? ` (face ${face})` : ''}: ${(error as Error).message}. ` +
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
      .fillColor(box.color ?? PDF_COLORS.text)
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

  /**
   * Titles one under the other across the content's width, from `y`: the first at `sizes[0]`, the others at
   * `sizes[1]` and muted, each at most three lines and followed by `gap`. Returns the y under the last one.
   */
  titles(titles: readonly string[], y: number, sizes: readonly [number, number], gap: number): number {
    let bottom = y;
    titles.forEach((title, i) => {
      const size = sizes[i === 0 ? 0 : 1];
      bottom += this.text(title, {
        x: this.content.left,
        y: bottom,
        width: this.content.width,
        height: this.lineHeight(size) * 3,
        size,
        color: i === 0 ? PDF_COLORS.text : PDF_COLORS.muted,
      });
      bottom += gap;
    });
    return bottom;
  }

  /** The largest size up to `size` (down to `min`) at which the text fits on one line of `width`. */
  fitSize(text: string, size: number, width: number, min: number): number {
    let s = size;
    while (s > min && this.width(text, s) > width) s -= 0.5;
    return s;
  }

  /** A thin horizontal rule, across the content area unless told otherwise. */
  rule(y: number, color: string = PDF_COLORS.rule, x = this.content.left, width = this.content.width): void {
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

  /** Under a rule: the running title on the left, a note under it, the page's label on the right. */
  pageFooter(footer: PageFooter): void {
    const { left, width } = this.content;
    this.rule(footer.y - 10);
    const title = { x: left, width: width * footer.titleShare };
    this.line(footer.runningTitle, { ...title, y: footer.y, size: 7.5, color: PDF_COLORS.muted });
    if (footer.note)
      this.line(footer.note, { ...title, y: footer.y + 11, size: 6.5, color: PDF_COLORS.faint });
    this.line(footer.page, {
      x: left,
      y: footer.y,
      width,
      size: footer.pageSize,
      align: 'right',
      color: PDF_COLORS.muted,
    });
  }

  /** Ends the document (writing any buffered pages) and returns its bytes. */
  async finish(): Promise<Buffer> {
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}
