/** An XLSX listing the problems of an import, one per line, sorted by row then column. */
import ExcelJS from 'exceljs';
import { COLUMN_INDEX, columnDef } from './columns';
import { guardFormula, styleHeaderRow, workbookBuffer } from './workbook';

export interface ImportProblem {
  rowNumber: number;
  /** A column key of PROJECT_COLUMNS (other text is shown as is). */
  field: string;
  value?: string | null;
  message: string;
}

export const ERROR_REPORT_HEADERS = ['行号 Row', '列 Column', '值 Value', '问题 Problem'] as const;

export function sortProblems<T extends Pick<ImportProblem, 'rowNumber' | 'field'>>(
  problems: readonly T[],
): T[] {
  const order = (field: string) => COLUMN_INDEX.get(field) ?? Number.MAX_SAFE_INTEGER;
  return [...problems].sort(
    (a, b) => a.rowNumber - b.rowNumber || order(a.field) - order(b.field) || a.field.localeCompare(b.field),
  );
}

export async function buildErrorReport(problems: readonly ImportProblem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SixCan';
  const sheet = workbook.addWorksheet('错误 Errors');
  sheet.columns = [{ width: 10 }, { width: 36 }, { width: 40 }, { width: 70 }];
  sheet.addRow([...ERROR_REPORT_HEADERS]);
  styleHeaderRow(sheet);
  for (const p of sortProblems(problems)) {
    const column = columnDef(p.field)?.header ?? p.field;
    sheet.addRow([p.rowNumber, column, guardFormula(p.value ?? ''), guardFormula(p.message)]);
  }
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  return workbookBuffer(workbook);
}
