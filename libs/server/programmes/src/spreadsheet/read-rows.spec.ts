import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { MAX_ROWS, readSpreadsheet, SpreadsheetError } from './read-rows';
import { buildImportTemplate } from './template';
import { csvOf, PROGRAMME, table, validCells, xlsxOf } from './spreadsheet.test-helpers';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function expectSpreadsheetError(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(SpreadsheetError);
  await expect(promise).rejects.toThrow(message);
}

describe('readSpreadsheet — XLSX', () => {
  it('reads rows typed into the template back, skipping its example row and instructions sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildImportTemplate(PROGRAMME, 'xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Projects');
    if (!sheet) throw new Error('template has no Projects sheet');
    sheet.getRow(4).values = ['风电叶片回收', 'Wind blade recycling', '', '', '同济大学'];
    sheet.getRow(5).values = ['', 'Gene therapy vector', '', '', 'Charité', 'BIO', 'de', 6];
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const result = await readSpreadsheet(bytes, 'xlsx');

    expect(result.headers).toContain('claimLAND');
    expect(result.rows).toEqual([
      {
        rowNumber: 4,
        cells: { titleZh: '风电叶片回收', titleEn: 'Wind blade recycling', organizationName: '同济大学' },
      },
      {
        rowNumber: 5,
        cells: {
          titleEn: 'Gene therapy vector',
          organizationName: 'Charité',
          sectorCode: 'BIO',
          country: 'de',
          trl: '6',
        },
      },
    ]);
  });

  it('matches headers by Chinese part, English part or key, in any order and case, and ignores unknown ones', async () => {
    const bytes = await xlsxOf([
      [
        'ORGANISATION',
        ' 项目名称（中文） ',
        'title (english)',
        'Remarks',
        'contactemail',
        '技术成熟度 / trl',
      ],
      ['Fraunhofer ISE', '光伏', 'PV', 'ignored', 'a@b.de', 'TRL 8'],
    ]);
    const result = await readSpreadsheet(bytes, 'xlsx');
    expect(result.headers).toEqual(['organizationName', 'titleZh', 'titleEn', 'contactEmail', 'trl']);
    expect(result.ignoredHeaders).toEqual(['Remarks']);
    expect(result.rows[0].cells).toEqual({
      organizationName: 'Fraunhofer ISE',
      titleZh: '光伏',
      titleEn: 'PV',
      contactEmail: 'a@b.de',
      trl: 'TRL 8',
    });
  });

  it('reads rich text, formula results, numbers and dates as displayed text', async () => {
    const bytes = await xlsxOf([
      ['titleEn', 'organizationName', 'trl', 'fundingAmount', 'team'],
      [
        { richText: [{ text: 'Solid-state ', font: { bold: true } }, { text: 'battery' }] },
        { formula: 'CONCAT("TU ","Berlin")', result: 'TU Berlin' },
        7,
        1500000.5,
        new Date(Date.UTC(2026, 2, 1)),
      ],
    ]);
    const [row] = (await readSpreadsheet(bytes, 'xlsx')).rows;
    expect(row.cells).toEqual({
      titleEn: 'Solid-state battery',
      organizationName: 'TU Berlin',
      trl: '7',
      fundingAmount: '1500000.5',
      team: '2026-03-01',
    });
  });

  it('keeps Excel row numbers across blank rows', async () => {
    const bytes = await xlsxOf([['titleEn', 'organizationName'], ['A', 'X'], [], ['B', 'Y']]);
    const rows = (await readSpreadsheet(bytes, 'xlsx')).rows;
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4]);
  });

  it('rejects PNG bytes, a broken zip, an empty file and a header-only file', async () => {
    await expectSpreadsheetError(readSpreadsheet(PNG, 'xlsx'), /Excel workbook/);
    const broken = (
      await xlsxOf([
        ['titleEn', 'organizationName'],
        ['A', 'B'],
      ])
    ).subarray(0, 400);
    await expectSpreadsheetError(readSpreadsheet(broken, 'xlsx'), /Excel workbook/);
    await expectSpreadsheetError(readSpreadsheet(Buffer.alloc(0), 'xlsx'), /empty/);
    const headerOnly = await xlsxOf([['titleEn', 'organizationName']]);
    await expectSpreadsheetError(readSpreadsheet(headerOnly, 'xlsx'), /no projects/);
  });

  it('rejects a file without title or organisation columns', async () => {
    const bytes = await xlsxOf([
      ['Name', 'Country'],
      ['A', 'DE'],
    ]);
    await expectSpreadsheetError(readSpreadsheet(bytes, 'xlsx'), /missing: 项目名称 \/ Title, 所属单位/);
  });

  // Speed is measured by the P4 benchmark (import ÷ COPY), never with a clock in a test.
  it(`parses ${MAX_ROWS} rows × ${table([]).at(0)?.length} columns from XLSX and CSV alike`, async () => {
    const rows = Array.from({ length: MAX_ROWS }, (_, i) => ({
      ...validCells(i),
      team: `团队 ${i}, “quoted”`,
    }));
    const bytes = await xlsxOf(table(rows));
    const result = await readSpreadsheet(bytes, 'xlsx');
    const csvResult = await readSpreadsheet(Buffer.from(csvOf(table(rows)), 'utf8'), 'csv');
    expect(result.rows).toHaveLength(MAX_ROWS);
    expect(result.rows[MAX_ROWS - 1]).toEqual({ rowNumber: MAX_ROWS + 1, cells: rows[MAX_ROWS - 1] });
    expect(csvResult.rows).toEqual(result.rows);
  }, 60_000);
});

describe('readSpreadsheet — CSV', () => {
  const chinese = [
    ['项目名称（中文）', '所属单位', '合作方式'],
    ['智能电网调度系统', '浙江大学', '技术许可、研发合作'],
  ];

  it('decodes GBK', async () => {
    const bytes = iconv.encode(csvOf(chinese), 'gbk');
    const result = await readSpreadsheet(bytes, 'csv');
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          titleZh: '智能电网调度系统',
          organizationName: '浙江大学',
          cooperationModes: '技术许可、研发合作',
        },
      },
    ]);
  });

  it('decodes GB18030 characters outside GBK', async () => {
    const rows = [chinese[0], ['𠮷野家厨余处理', '䶮研究院', '']];
    const bytes = iconv.encode(csvOf(rows), 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const [row] = (await readSpreadsheet(bytes, 'csv')).rows;
    expect(row.cells).toEqual({ titleZh: '𠮷野家厨余处理', organizationName: '䶮研究院' });
  });

  it('reads UTF-8 with BOM and semicolons, with quoted delimiters and line breaks', async () => {
    const text = csvOf(
      [
        ['Title (English)', 'Organisation', 'Summary (English)'],
        ['Heat pump; industrial', 'KIT', 'Line one\nline "two"'],
        ['Sodium battery', 'RWTH', ''],
      ],
      ';',
    );
    const result = await readSpreadsheet(Buffer.from(`\uFEFF${text}`, 'utf8'), 'csv');
    expect(result.headers).toEqual(['titleEn', 'organizationName', 'summaryEn']);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          titleEn: 'Heat pump; industrial',
          organizationName: 'KIT',
          summaryEn: 'Line one\nline "two"',
        },
      },
      { rowNumber: 3, cells: { titleEn: 'Sodium battery', organizationName: 'RWTH' } },
    ]);
  });

  it('reads tab-separated text', async () => {
    const bytes = Buffer.from('titleEn\torganizationName\nA, B\tC\n', 'utf8');
    expect((await readSpreadsheet(bytes, 'csv')).rows[0].cells).toEqual({
      titleEn: 'A, B',
      organizationName: 'C',
    });
  });

  it('rejects an empty file, a BOM-only file and a header-only file', async () => {
    await expectSpreadsheetError(readSpreadsheet(Buffer.alloc(0), 'csv'), /empty/);
    await expectSpreadsheetError(readSpreadsheet(Buffer.from('\uFEFF\r\n', 'utf8'), 'csv'), /empty/);
    await expectSpreadsheetError(
      readSpreadsheet(Buffer.from('titleZh,organizationName\n,\n'), 'csv'),
      /no projects/,
    );
  });

  it(`rejects more than ${MAX_ROWS} rows`, async () => {
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => [`Project ${i}`, 'Org']);
    const bytes = Buffer.from(csvOf([['titleEn', 'organizationName'], ...rows]));
    await expectSpreadsheetError(readSpreadsheet(bytes, 'csv'), /10001 rows.*Split the file/);
  });
});
