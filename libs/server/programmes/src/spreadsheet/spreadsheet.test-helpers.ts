/** Fixtures for the spreadsheet specs, generated in memory. */
import ExcelJS from 'exceljs';
import { SectorDef, SixCan } from '@sixcan/domain';
import { PROJECT_COLUMNS } from './columns';

export const SECTORS: SectorDef[] = [
  { code: 'ENERGY', nameZh: '新能源', nameEn: 'New energy' },
  { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
];
export const PROGRAMME = { title: '2026 中德技术路演', sectors: SECTORS, mandatoryCans: [SixCan.ATTEND] };

export async function xlsxOf(rows: ExcelJS.CellValue[][], sheetName = 'Projects'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A complete, valid row keyed by column key. */
export function validCells(n = 1): Record<string, string> {
  return {
    titleZh: `氢燃料电池电堆 ${n}`,
    titleEn: `Hydrogen fuel-cell stack ${n}`,
    summaryZh: '高功率密度电堆，已在客车示范运行。',
    summaryEn: 'High power-density stack, proven in city buses.',
    organizationName: '清华大学 Tsinghua University',
    sectorCode: 'ENERGY',
    country: 'cn',
    trl: 'TRL 7',
    ipStatus: '已授权专利',
    cooperationModes: 'Licensing、RD_COOPERATION',
    fundingAmount: '1,500,000.50',
    fundingCurrency: 'cny',
    contactName: '李娜',
    contactEmail: 'li.na@example.edu.cn',
    presenterTimeZone: 'Asia/Shanghai',
    claimATTEND: '负责人可赴德路演',
  };
}

/** Header row (bilingual) and the values of each row in PROJECT_COLUMNS order. */
export function table(rows: Record<string, string>[]): string[][] {
  return [
    PROJECT_COLUMNS.map((c) => c.header),
    ...rows.map((r) => PROJECT_COLUMNS.map((c) => r[c.key] ?? '')),
  ];
}

export function csvOf(rows: string[][], delimiter = ','): string {
  const quote = (v: string) => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}
