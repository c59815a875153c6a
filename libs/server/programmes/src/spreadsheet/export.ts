/** Exports a list of projects to XLSX or CSV (UTF-8 with BOM) with headers in the user's locale. */
import ExcelJS from 'exceljs';
import { CooperationMode, formatMoney, IpStatus, Locale, ProjectStatus } from '@sixcan/domain';
import { COOPERATION_MODE_LABELS, IP_STATUS_LABELS, Labels, PROJECT_STATUS_LABELS } from './columns';
import { guardFormula, styleHeaderRow, csvBuffer, workbookBuffer } from './workbook';

export interface ExportRow {
  id: string;
  status: ProjectStatus;
  titleZh: string | null;
  titleEn: string | null;
  summaryZh: string | null;
  summaryEn: string | null;
  organizationName: string | null;
  sectorCode: string | null;
  sectorName: string | null;
  country: string | null;
  channelName: string | null;
  trl: number | null;
  ipStatus: IpStatus | null;
  cooperationModes: CooperationMode[];
  fundingAmountMinor: bigint | null;
  fundingCurrency: string | null;
  contactName: string | null;
  contactEmail: string | null;
  submittedAt: Date | null;
  createdAt: Date;
}

type Value = string | number | null;

interface ExportColumn extends Labels {
  width: number;
  value: (row: ExportRow, locale: Locale) => Value;
}

const label = (labels: Labels, locale: Locale) => (locale === 'zh-CN' ? labels.zh : labels.en);
const iso = (date: Date | null) => (date ? date.toISOString() : null);

const EXPORT_COLUMNS: ExportColumn[] = [
  { zh: '编号', en: 'ID', width: 38, value: (r) => r.id },
  { zh: '状态', en: 'Status', width: 14, value: (r, l) => label(PROJECT_STATUS_LABELS[r.status], l) },
  { zh: '项目名称（中文）', en: 'Title (Chinese)', width: 30, value: (r) => r.titleZh },
  { zh: '项目名称（英文）', en: 'Title (English)', width: 30, value: (r) => r.titleEn },
  { zh: '项目简介（中文）', en: 'Summary (Chinese)', width: 50, value: (r) => r.summaryZh },
  { zh: '项目简介（英文）', en: 'Summary (English)', width: 50, value: (r) => r.summaryEn },
  { zh: '所属单位', en: 'Organisation', width: 30, value: (r) => r.organizationName },
  { zh: '领域代码', en: 'Sector code', width: 14, value: (r) => r.sectorCode },
  { zh: '技术领域', en: 'Sector', width: 22, value: (r) => r.sectorName },
  { zh: '国家/地区', en: 'Country', width: 10, value: (r) => r.country },
  { zh: '推荐渠道', en: 'Channel', width: 24, value: (r) => r.channelName },
  { zh: '技术成熟度', en: 'TRL', width: 8, value: (r) => r.trl },
  {
    zh: '知识产权状态',
    en: 'IP status',
    width: 18,
    value: (r, l) => (r.ipStatus ? label(IP_STATUS_LABELS[r.ipStatus], l) : null),
  },
  {
    zh: '合作方式',
    en: 'Cooperation modes',
    width: 30,
    value: (r, l) =>
      r.cooperationModes.map((m) => label(COOPERATION_MODE_LABELS[m], l)).join(l === 'zh-CN' ? '、' : '; '),
  },
  {
    zh: '融资需求金额',
    en: 'Funding amount',
    width: 18,
    value: (r) =>
      r.fundingAmountMinor != null && r.fundingCurrency
        ? formatMoney(r.fundingAmountMinor, r.fundingCurrency)
        : null,
  },
  { zh: '币种', en: 'Currency', width: 8, value: (r) => r.fundingCurrency },
  { zh: '联系人', en: 'Contact name', width: 18, value: (r) => r.contactName },
  { zh: '联系人邮箱', en: 'Contact e-mail', width: 28, value: (r) => r.contactEmail },
  { zh: '提交时间 (UTC)', en: 'Submitted at (UTC)', width: 26, value: (r) => iso(r.submittedAt) },
  { zh: '创建时间 (UTC)', en: 'Created at (UTC)', width: 26, value: (r) => iso(r.createdAt) },
];

function cells(row: ExportRow, locale: Locale): Value[] {
  return EXPORT_COLUMNS.map((c) => {
    const value = c.value(row, locale);
    return typeof value === 'string' ? guardFormula(value) : value;
  });
}

export function exportHeaders(locale: Locale): string[] {
  return EXPORT_COLUMNS.map((c) => label(c, locale));
}

export async function buildProjectExport(
  rows: readonly ExportRow[],
  format: 'xlsx' | 'csv',
  locale: Locale,
): Promise<Buffer> {
  const headers = exportHeaders(locale);
  if (format === 'csv') {
    const records = [headers, ...rows.map((r) => cells(r, locale).map((v) => (v === null ? '' : String(v))))];
    return csvBuffer(records);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SixCan';
  const sheet = workbook.addWorksheet(locale === 'zh-CN' ? '项目' : 'Projects');
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ width: c.width }));
  sheet.addRow(headers);
  styleHeaderRow(sheet);
  for (const row of rows) sheet.addRow(cells(row, locale));
  return workbookBuffer(workbook);
}
