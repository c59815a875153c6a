/** The import template: XLSX with instructions, or CSV (UTF-8 with BOM). */
import ExcelJS from 'exceljs';
import { IP_STATUSES, COOPERATION_MODES, SectorDef, SIX_CANS, SixCan } from '@sixcan/domain';
import { COOPERATION_MODE_LABELS, IP_STATUS_LABELS, PROJECT_COLUMNS, SIX_CAN_LABELS } from './columns';
import { exampleRow } from './example';
import { INSTRUCTIONS_SHEET, MAX_ROWS } from './read-rows';
import { addListValidation, styleHeaderRow, csvBuffer, workbookBuffer } from './workbook';

export interface TemplateProgramme {
  title: string;
  sectors: SectorDef[];
  mandatoryCans: SixCan[];
}

export const PROJECTS_SHEET = 'Projects';

export async function buildImportTemplate(
  programme: TemplateProgramme,
  format: 'xlsx' | 'csv',
): Promise<Buffer> {
  const example = exampleRow(programme.sectors);
  const headers = PROJECT_COLUMNS.map((c) => c.header);
  const exampleValues = PROJECT_COLUMNS.map((c) => example[c.key] ?? '');
  if (format === 'csv') return csvBuffer([headers, exampleValues]);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SixCan';
  const sheet = workbook.addWorksheet(PROJECTS_SHEET);
  sheet.columns = PROJECT_COLUMNS.map((c) => ({
    key: c.key,
    width: /summary|team|claim|evidence/.test(c.key) ? 40 : 22,
  }));
  sheet.addRow(headers);
  sheet.addRow(exampleValues).font = { italic: true, color: { argb: 'FF808080' } };
  styleHeaderRow(sheet);
  PROJECT_COLUMNS.forEach((c, i) => (sheet.getCell(1, i + 1).note = c.hint));

  const info = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  info.columns = [{ width: 34 }, { width: 30 }, { width: 40 }, { width: 60 }];
  const section = (title: string) => {
    info.addRow([]);
    info.addRow([title]).font = { bold: true, size: 12 };
  };
  info.addRow([`${programme.title} — 项目导入说明 / Project import instructions`]).font = {
    bold: true,
    size: 14,
  };
  info.addRow([
    `每行一个项目，最多 ${MAX_ROWS} 行；示例行会被忽略。/ One project per row, at most ${MAX_ROWS}; ` +
      'the example row is ignored.',
  ]);

  section('列 / Columns');
  info.addRow(['键 Key', '中文', 'English', '说明 Hint']).font = { bold: true };
  for (const c of PROJECT_COLUMNS) info.addRow([c.key, c.zh, c.en, c.hint]);

  section('技术领域 / Sectors');
  info.addRow(['代码 Code', '中文', 'English']).font = { bold: true };
  const firstSectorRow = info.rowCount + 1;
  for (const s of programme.sectors) info.addRow([s.code, s.nameZh, s.nameEn]);
  const lastSectorRow = info.rowCount;

  section('合作方式（可多选）/ Cooperation modes (one or more)');
  info.addRow(['代码 Code', '中文', 'English']).font = { bold: true };
  for (const m of COOPERATION_MODES)
    info.addRow([m, COOPERATION_MODE_LABELS[m].zh, COOPERATION_MODE_LABELS[m].en]);

  section('知识产权状态 / IP status');
  info.addRow(['代码 Code', '中文', 'English']).font = { bold: true };
  for (const s of IP_STATUSES) info.addRow([s, IP_STATUS_LABELS[s].zh, IP_STATUS_LABELS[s].en]);

  section('六能自评 / Six-can self-assessment');
  info.addRow(['能 Can', '中文', 'English', '提交时必填 / Mandatory to submit']).font = { bold: true };
  for (const can of SIX_CANS)
    info.addRow([
      can,
      SIX_CAN_LABELS[can].zh,
      SIX_CAN_LABELS[can].en,
      programme.mandatoryCans.includes(can) ? '是 / Yes' : '否 / No',
    ]);

  const column = (key: string) => sheet.getColumn(key).letter;
  const rows = (key: string) => `${column(key)}2:${column(key)}${MAX_ROWS + 1}`;
  if (programme.sectors.length)
    addListValidation(
      sheet,
      rows('sectorCode'),
      `'${INSTRUCTIONS_SHEET}'!$A$${firstSectorRow}:$A$${lastSectorRow}`,
    );
  addListValidation(sheet, rows('ipStatus'), `"${IP_STATUSES.join(',')}"`);
  addListValidation(sheet, rows('trl'), '"1,2,3,4,5,6,7,8,9"');
  return workbookBuffer(workbook);
}
