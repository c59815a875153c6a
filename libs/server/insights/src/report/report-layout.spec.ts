import { fontSetting } from '@sixcan/server-core';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minorOf } from './figures-from-insights';
import { formatAmount, formatCompact, formatCompactMoney, formatShare, zoneOffset } from './labels';
import { LONG_TITLE, reportFixture } from './report-fixture';
import { ReportPdf } from './report-pdf';
import { converter } from './report-source';
import { ReportXlsx, SHEETS, wallClock } from './report-xlsx';

// The font CI installs (Debian fonts-noto-cjk); the PDF part is skipped on a machine without it.
const FONT = fontSetting('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
const withFont = existsSync(FONT.path) ? describe : describe.skip;
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('report formatting', () => {
  it('writes amounts in full with the currency symbol and short in both languages', () => {
    expect(formatAmount(240_000_000_000n, 'CNY')).toBe('¥2,400,000,000');
    expect(formatAmount(125_000_050n, 'EUR')).toBe('€1,250,000.50');
    expect(formatAmount(5_000_000n, 'JPY')).toBe('¥5,000,000');
    expect(formatAmount(-1_00n, 'USD')).toBe('-$1');
    expect(formatAmount(1_00n, 'CHF')).toBe('CHF 1');
    expect(formatCompactMoney(240_000_000_000n, 'CNY', 'en')).toBe('¥2.4 bn');
    expect(formatCompactMoney(240_000_000_000n, 'CNY', 'zh')).toBe('¥24 亿');
    expect(formatCompact(77_500_000_000n, 'CNY', 'en')).toBe('775 m');
    expect(formatCompact(77_500_000_000n, 'CNY', 'zh')).toBe('7.75 亿');
    expect(formatCompact(12_345_00n, 'CNY', 'zh')).toBe('1.23 万');
    expect(formatCompact(999_00n, 'CNY', 'en')).toBe('999');
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(5, 2400)).toBe('0.2%');
    expect(formatShare(1, 0)).toBe('—');
  });

  it('reads the dashboard’s decimal amounts back to exact minor units', () => {
    expect(minorOf({ amount: '2400000000.00', currency: 'CNY' })).toBe(240_000_000_000n);
    expect(minorOf({ amount: '12', currency: 'JPY' })).toBe(12n);
    expect(minorOf({ amount: '0.5', currency: 'KWD' })).toBe(500n);
    expect(minorOf({ amount: '90071992547409.93', currency: 'USD' })).toBe(9_007_199_254_740_993n);
    expect(minorOf(null)).toBe(0n);
    expect(() => minorOf({ amount: '1.234', currency: 'CNY' })).toThrow(/more decimals/);
  });

  it('converts agreements through the FX table into the programme currency, and says when it cannot', () => {
    const fx = {
      base: 'CNY',
      rates: [{ currency: 'EUR', rate: '0.128', updatedAt: new Date() }],
    };
    const toCny = converter(fx, 'CNY');
    expect(toCny(1_000_00n, 'EUR')).toBe(7_812_50n); // €1,000 / 0.128 = ¥7,812.50
    expect(toCny(1_00n, 'CNY')).toBe(1_00n);
    expect(toCny(1_00n, 'USD')).toBeNull();
    expect(converter({ base: null, rates: [] }, 'CNY')(1_00n, 'EUR')).toBeNull();
  });

  it('gives spreadsheet instants the wall clock of their zone', () => {
    const instant = new Date('2026-03-29T00:30:00Z'); // Berlin moves to summer time at 01:00 UTC
    expect(wallClock(instant, 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClock(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')?.toISOString()).toBe(
      '2026-03-29T03:30:00.000Z',
    );
    expect(zoneOffset(instant, 'Asia/Shanghai')).toBe('UTC+8');
    expect(zoneOffset(instant, 'UTC')).toBe('UTC+0');
  });
});

withFont('ReportPdf', () => {
  const render = async (content = reportFixture()) => {
    const pdf = new ReportPdf({ font: readFileSync(FONT.path), face: FONT.face }, content);
    const shares: number[] = [];
    const bytes = await pdf.write(async (share) => shares.push(share));
    return { bytes, pages: pdf.pageCount, shares };
  };
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'sixcan-report-spec-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const text = (bytes: Buffer, args: string[] = []) => {
    const file = join(scratch, 'r.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  };

  it('lays the reference scenario out on numbered A4 pages, reporting progress per section', async () => {
    const { bytes, pages, shares } = await render();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBeLessThan(1);
    if (!hasPoppler) return;
    const all = text(bytes);
    expect(all).toContain(`第 ${pages} / ${pages} 页 · Page ${pages} of ${pages}`);
    expect(all).toContain('¥2,400,000,000');
    expect(all).toContain('2026年12月1日');
    // Pre-recorded slots and the event's zone.
    expect(all).toContain('预录播放');
    expect(all).toContain('Asia/Shanghai (UTC+8)');
  });

  it('cuts over-long titles and names with an ellipsis instead of overflowing', async () => {
    const long = reportFixture();
    const { bytes, pages } = await render(long);
    if (!hasPoppler) return;
    const all = text(bytes).replace(/\s+/g, '');
    expect(all).not.toContain(LONG_TITLE.en.replace(/\s+/g, ''));
    expect(all).toContain(LONG_TITLE.zh.slice(0, 10));
    expect(all).toContain('…');
    // Ten times the agreements and slots flow onto more pages, each with its footer.
    const many = reportFixture();
    many.agreements = Array.from({ length: 10 }, () => long.agreements).flat();
    const event = many.roadshows[0];
    if (event) event.slots = Array.from({ length: 6 }, () => event.slots).flat();
    const big = await render(many);
    expect(big.pages).toBeGreaterThan(pages + 3);
    const footers = text(big.bytes).match(/Page \d+ of \d+/g) ?? [];
    expect(footers).toHaveLength(big.pages);
    expect(text(big.bytes)).toContain('签约协议（续）');
  });

  it('says so when there is nothing to chart or list yet', async () => {
    const empty = reportFixture({ roadshows: [], agreements: [] });
    empty.figures = { ...empty.figures, trends: [], countries: [], sectors: [], channels: [] };
    const { bytes } = await render(empty);
    if (!hasPoppler) return;
    const all = text(bytes);
    expect(all).toContain('No roadshow in this programme yet');
    expect(all).toContain('No agreement signed yet');
  });
});

describe('ReportXlsx', () => {
  it('writes every sheet with bilingual headers and numbers as numbers', async () => {
    const content = reportFixture();
    content.agreements[0] = {
      ...(content.agreements[0] as (typeof content.agreements)[0]),
      partner: { zh: '=HYPERLINK("x")', en: '+1' },
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await new ReportXlsx().write(content)) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(SHEETS));
    const sheet = (name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;
    const summary = sheet(SHEETS.summary);
    expect(summary.getRow(1).getCell(1).value).toBe('指标 / Figure');
    const committed = [...Array(summary.rowCount).keys()]
      .map((i) => summary.getRow(i + 1))
      .find((r) => String(r.getCell(1).value).includes('Committed investment'));
    expect(committed?.getCell(2).value).toBe(2_400_000_000);
    expect(committed?.getCell(2).numFmt).toBe('#,##0.00');
    const agreements = sheet(SHEETS.agreements);
    expect(agreements.rowCount).toBe(1 + 17);
    expect(agreements.getRow(1).getCell(8).value).toBe('签约金额 / Committed');
    expect(agreements.getRow(2).getCell(4).value).toBe('\'=HYPERLINK("x")');
    expect(agreements.getRow(2).getCell(5).value).toBe("'+1");
    expect(typeof agreements.getRow(2).getCell(8).value).toBe('number');
    expect(agreements.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(sheet(SHEETS.roadshows).rowCount).toBe(1 + 12);
    const funnel = sheet(SHEETS.funnel);
    expect(funnel.getRow(3).getCell(4).value).toBeCloseTo(2310 / 2400);
    expect(sheet(SHEETS.trends).getRow(1).getCell(6).value).toBe('当周签约投资额 / Committed in the week');
  });
});
