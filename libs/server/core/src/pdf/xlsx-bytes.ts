import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

/**
 * An exceljs streaming workbook (each row is written out when committed, so memory stays bounded however
 * many rows) whose file is collected in memory.
 */
export class XlsxBytes {
  readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly output = new PassThrough();
  private readonly chunks: Buffer[] = [];

  constructor() {
    this.output.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: this.output,
      useStyles: true,
      useSharedStrings: false,
    });
    this.workbook.creator = 'SixCan';
  }

  /** Commits the workbook (every sheet must be committed) and returns the file's bytes. */
  async finish(): Promise<Buffer> {
    const done = new Promise<void>((resolve, reject) => {
      this.output.on('end', resolve);
      this.output.on('error', reject);
    });
    await this.workbook.commit();
    await done;
    return Buffer.concat(this.chunks);
  }
}
