import ExcelJS from 'exceljs';
import { CooperationMode, IpStatus, ProjectStatus } from '@sixcan/domain';
import { PROJECT_COLUMNS } from './columns';
import { buildErrorReport, ERROR_REPORT_HEADERS } from './error-report';
import { buildProjectExport, ExportRow } from './export';
import { readSpreadsheet } from './read-rows';
import { buildImportTemplate } from './template';
import { PROGRAMME } from './spreadsheet.test-helpers';

async function sheetValues(bytes: Buffer, index = 0): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[index];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

const ROW: ExportRow = {
  id: '7d0c3c1e-0000-4000-8000-000000000001',
  status: ProjectStatus.SUBMITTED,
  titleZh: '=HYPERLINK("http://evil","点我")',
  titleEn: 'Carbon capture, "direct air"',
  summaryZh: '第一行\n第二行',
  summaryEn: '-1+2',
  organizationName: '@SUM(A1)',
  sectorCode: 'ENERGY',
  sectorName: '新能源',
  country: 'CN',
  channelName: null,
  trl: 6,
  ipStatus: IpStatus.PATENT_PENDING,
  cooperationModes: [CooperationMode.LICENSING, CooperationMode.JOINT_VENTURE],
  fundingAmountMinor: 150000050n,
  fundingCurrency: 'CNY',
  contactName: '+86 联系人',
  contactEmail: 'a@b.cn',
  submittedAt: new Date(Date.UTC(2026, 10, 1, 8, 30)),
  createdAt: new Date(Date.UTC(2026, 9, 1)),
};

describe('buildImportTemplate', () => {
  it('writes headers, an example row and an instructions sheet listing sectors and mandatory cans', async () => {
    const bytes = await buildImportTemplate(PROGRAMME, 'xlsx');
    const projects = await sheetValues(bytes, 0);
    expect(projects.name).toBe('Projects');
    expect(projects.rows[0]).toEqual(PROJECT_COLUMNS.map((c) => c.header));
    expect(projects.rows[0][0]).toBe('项目名称（中文） / Title (Chinese)');
    expect(projects.rows).toHaveLength(2);
    const info = await sheetValues(bytes, 1);
    expect(info.name).toBe('说明 Instructions');
    const text = JSON.stringify(info.rows);
    for (const needle of [
      '生物医药',
      'Biomedicine',
      '技术许可',
      'PATENT_PENDING',
      'contactEmail',
      '是 / Yes',
    ])
      expect(text).toContain(needle);
  });

  it('writes a CSV template with BOM that reads back as headers only (the example row is skipped)', async () => {
    const bytes = await buildImportTemplate(PROGRAMME, 'csv');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await expect(readSpreadsheet(bytes, 'csv')).rejects.toThrow(/no projects/);
  });
});

describe('buildErrorReport', () => {
  it('lists problems sorted by row then column with bilingual column headers', async () => {
    const bytes = await buildErrorReport([
      {
        rowNumber: 7,
        field: 'trl',
        value: '12',
        message: 'technology readiness level is a whole number from 1 to 9',
      },
      { rowNumber: 3, field: 'contactEmail', value: 'x@', message: 'not an e-mail address' },
      { rowNumber: 3, field: 'titleZh', message: 'a title in Chinese or English is required' },
      { rowNumber: 4, field: 'summaryEn', value: '=cmd', message: 'bad' },
    ]);
    const { rows } = await sheetValues(bytes);
    expect(rows).toEqual([
      [...ERROR_REPORT_HEADERS],
      [3, '项目名称（中文） / Title (Chinese)', '', 'a title in Chinese or English is required'],
      [3, '联系人邮箱 / Contact e-mail', 'x@', 'not an e-mail address'],
      [4, '项目简介（英文） / Summary (English)', "'=cmd", 'bad'],
      [7, '技术成熟度 / TRL', '12', 'technology readiness level is a whole number from 1 to 9'],
    ]);
  });
});

describe('buildProjectExport', () => {
  it('writes CSV with BOM, quoting and formula-injection guards', async () => {
    const text = (await buildProjectExport([ROW], 'csv', 'en')).toString('utf8');
    expect(text.startsWith('\uFEFFID,Status,Title (Chinese)')).toBe(true);
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""点我"")",`);
    expect(text).toContain(',"Carbon capture, ""direct air""",');
    expect(text).toContain(',"第一行\n第二行",');
    expect(text).toContain(",'-1+2,'@SUM(A1),");
    expect(text).toContain(",'+86 联系人,");
    expect(text).toContain(',Submitted,');
    expect(text).toContain(',6,Patent pending,Licensing; Joint venture,1500000.50,CNY,');
    expect(text).toContain(',2026-11-01T08:30:00.000Z,2026-10-01T00:00:00.000Z\r\n');
  });

  it('writes XLSX with headers in the locale, guarded text and plain values', async () => {
    const bytes = await buildProjectExport(
      [ROW, { ...ROW, fundingAmountMinor: null, trl: null }],
      'xlsx',
      'zh-CN',
    );
    const { name, rows } = await sheetValues(bytes);
    expect(name).toBe('项目');
    expect(rows[0].slice(0, 3)).toEqual(['编号', '状态', '项目名称（中文）']);
    expect(rows[1]).toEqual(
      expect.arrayContaining([
        '已提交',
        `'=HYPERLINK("http://evil","点我")`,
        "'@SUM(A1)",
        6,
        '专利申请中',
        '技术许可、合资合作',
        '1500000.50',
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});
