import { formatMoney, ProjectFields, SIX_CANS } from '@sixcan/domain';
import ExcelJS from 'exceljs';
import { PROJECT_COLUMNS } from '../spreadsheet';
import { ReferenceProject } from './projects';

/** The cells of one import row for a project, keyed like the template's columns. */
export function importCells(fields: ProjectFields, applicantEmail?: string): Record<string, string> {
  const cells: Record<string, string> = {
    titleZh: fields.title.zh ?? '',
    titleEn: fields.title.en ?? '',
    summaryZh: fields.summary.zh ?? '',
    summaryEn: fields.summary.en ?? '',
    organizationName: fields.organizationName ?? '',
    sectorCode: fields.sectorCode ?? '',
    country: fields.country ?? '',
    trl: fields.trl?.toString() ?? '',
    ipStatus: fields.ipStatus ?? '',
    cooperationModes: (fields.cooperationModes ?? []).join(', '),
    fundingAmount:
      fields.fundingAmountMinor != null && fields.fundingCurrency
        ? formatMoney(fields.fundingAmountMinor, fields.fundingCurrency)
        : '',
    fundingCurrency: fields.fundingCurrency ?? '',
    team: fields.team ?? '',
    contactName: fields.contactName ?? '',
    contactEmail: fields.contactEmail ?? '',
    contactPhone: fields.contactPhone ?? '',
    presenterTimeZone: fields.presenterTimeZone ?? '',
    applicantEmail: applicantEmail ?? '',
  };
  for (const can of SIX_CANS) {
    const item = fields.selfAssessment?.find((s) => s.can === can);
    cells[`claim${can}`] = item?.claim ?? '';
    cells[`evidence${can}`] = item?.evidence ?? '';
  }
  return cells;
}

/** An import spreadsheet (XLSX, template columns) of reference projects: for tests, benchmarks and demos. */
export async function referenceWorkbook(projects: readonly ReferenceProject[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Projects');
  sheet.addRow(PROJECT_COLUMNS.map((c) => c.header));
  for (const p of projects) {
    const cells = importCells(p.fields, p.applicantEmail);
    sheet.addRow(PROJECT_COLUMNS.map((c) => cells[c.key] ?? ''));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
