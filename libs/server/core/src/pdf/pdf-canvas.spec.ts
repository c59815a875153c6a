import { existsSync, readFileSync } from 'node:fs';
import { contentBox, fontSetting, PdfCanvas, PrintedDocument, readPdfFont } from './pdf-canvas';
import { countryName, guardFormula } from './printed-text';

class LeafletFailure extends Error {}
const LEAFLET: PrintedDocument = { name: 'leaflet', failure: (message) => new LeafletFailure(message) };
// The font CI installs (Debian fonts-noto-cjk); the drawing part is skipped on a machine without it.
const FONT = fontSetting('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const withFont = existsSync(FONT.path) ? describe : describe.skip;
const MARGIN = { top: 50, side: 40, bottom: 60 };

describe('printed documents', () => {
  it('reads a font path with an optional face, defaulting the face of a collection', () => {
    expect(fontSetting('/f/NotoSansCJK-Regular.ttc')).toEqual({
      path: '/f/NotoSansCJK-Regular.ttc',
      face: 'NotoSansCJKsc-Regular',
    });
    expect(fontSetting('/f/NotoSansCJK-Regular.ttc#NotoSansCJKjp-Regular').face).toBe(
      'NotoSansCJKjp-Regular',
    );
    expect(fontSetting('/f/Noto#dir/font.otf')).toEqual({ path: '/f/Noto#dir/font.otf', face: undefined });
  });

  it("fails with the document's failure, naming the document and what to install or set", async () => {
    const missing = readPdfFont('/nonexistent/NotoSansCJK-Regular.ttc', LEAFLET);
    await expect(missing).rejects.toBeInstanceOf(LeafletFailure);
    await expect(missing).rejects.toThrow(
      "The leaflet font /nonexistent/NotoSansCJK-Regular.ttc is missing: install Debian's fonts-noto-cjk or set HANDBOOK_FONT_PATH to a font with Chinese glyphs",
    );
    await expect(readPdfFont('/', LEAFLET)).rejects.toThrow(
      'The leaflet font / cannot be read (EISDIR): check HANDBOOK_FONT_PATH',
    );
    const unusable = () =>
      new PdfCanvas(
        { font: Buffer.from('not a font'), face: undefined },
        { document: LEAFLET, title: 'T', margin: MARGIN },
      );
    expect(unusable).toThrow(LeafletFailure);
    expect(unusable).toThrow(/^The leaflet font cannot be used: .*Set HANDBOOK_FONT_PATH/);
  });

  it('places the content inside the margins of an A4 page', () => {
    expect(contentBox(MARGIN)).toEqual({ left: 40, right: 555.28, width: 515.28, top: 50, bottom: 781.89 });
  });

  it('names countries by their code and keeps spreadsheet text from running as a formula', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName(' de', 'zh')).toBe('德国');
    expect(countryName('not a code', 'en')).toBe('not a code');
    expect(countryName(null, 'en')).toBeNull();
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('-5')).toBe("'-5");
    expect(guardFormula('Plain')).toBe('Plain');
    expect(guardFormula('')).toBeNull();
  });
});

withFont('PdfCanvas', () => {
  const canvas = (bufferPages: boolean) =>
    new PdfCanvas(
      { font: readFileSync(FONT.path), face: FONT.face },
      { document: LEAFLET, title: 'T', margin: MARGIN, bufferPages },
    );

  it('counts its pages, buffered or not, and ends with the whole file', async () => {
    for (const buffered of [false, true]) {
      const c = canvas(buffered);
      c.addPage();
      c.addPage();
      c.addPage();
      expect(c.pageCount).toBe(3);
      const bytes = await c.finish();
      expect(c.pageCount).toBe(3);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(3);
    }
  });

  it('keeps text inside its box: wrapped, cut at the box height, nothing drawn in a box too low for a line', async () => {
    const c = canvas(false);
    c.addPage();
    const line = c.lineHeight(10);
    const long = '这是一段很长的文字，'.repeat(200);
    expect(c.measure(long, 10, 200)).toBeGreaterThan(line * 10);
    expect(c.text(long, { x: 40, y: 50, width: 200, height: line * 3, size: 10 })).toBe(line * 3);
    expect(c.text('短', { x: 40, y: 200, width: 200, height: line * 3, size: 10 })).toBeCloseTo(line);
    expect(c.text(long, { x: 40, y: 300, width: 200, height: line / 2, size: 10 })).toBe(0);
    expect(c.line('\u0007 \t ', { x: 40, y: 400, width: 200, size: 10 })).toBe(0);
    expect(c.fitSize('A rather long heading', 20, c.width('A rather long heading', 12), 8)).toBe(12);
    expect(c.fitSize('Long', 20, 1, 8)).toBe(8);
    expect(c.pageCount).toBe(1);
    await c.finish();
    expect(c.pageCount).toBe(1);
  });
});
