/** Small exceljs helpers shared by the template, the error report and the export. */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';

/** Text that a spreadsheet could run as a formula gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function styleHeaderRow(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs supports range data validations ("A2:A100") but does not type `worksheet.dataValidations`. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export function addListValidation(sheet: ExcelJS.Worksheet, range: string, formula: string): void {
  (sheet as unknown as RangeValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    // Labels are accepted too, so the list only helps; it does not forbid other text.
    showErrorMessage: false,
  });
}

export const UTF8_BOM = '\uFEFF';

/**
 * CSV for Excel: UTF-8 with BOM, CRLF records. csv-stringify quotes a field holding the record delimiter
 * (CRLF) but not a bare LF or CR, which would split a multi-line summary, so those are quoted explicitly.
 */
export function csvBuffer(records: string[][]): Buffer {
  return Buffer.from(
    UTF8_BOM + stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }),
    'utf8',
  );
}
