import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditLog,
  FileStore,
  JobHandler,
  JobPayloads,
  JobProcessor,
  Transactions,
} from '@sixcan/server-core';
import type { Job } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { ProgrammeReport } from './programme-report.entity';
import { ReportFailure } from './report-failure';
import { ACTIVE_REPORT_STATUSES, ProgrammeReportStatus } from './report.types';
import { ReportOutput, ReportWriter } from './report-writer';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes a bureau report. The files are stored and the job marked SUCCEEDED in one transaction, after
 * re-checking the job under a lock, so a second run (a retry, a stalled job picked up again) stores nothing.
 * A failure another attempt cannot fix (ReportFailure) marks the job FAILED at once; any other error is
 * retried with backoff and marks it FAILED on the last attempt.
 */
@Injectable()
@JobProcessor('insights.report')
export class ReportProcessor implements JobHandler<'insights.report'> {
  private readonly logger = new Logger(ReportProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
    private readonly writer: ReportWriter,
  ) {}

  async handle({ reportId }: JobPayloads['insights.report'], job?: Job): Promise<string> {
    const row = await this.dataSource.manager.findOneBy(ProgrammeReport, { id: reportId });
    if (!row) return 'unknown report';
    if (row.status === ProgrammeReportStatus.SUCCEEDED || row.status === ProgrammeReportStatus.FAILED)
      return 'already done';
    await this.update(row.id, { status: ProgrammeReportStatus.RUNNING, startedAt: new Date(), error: null });
    let output: ReportOutput;
    try {
      output = await this.writer.write(row, (progress) => this.update(row.id, { progress }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ReportFailure) {
        await this.fail(row.id, message);
        return `failed: ${message}`;
      }
      this.logger.warn(`report ${row.id} (attempt ${(job?.attemptsMade ?? 0) + 1}): ${message}`);
      if (!job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.fail(
          row.id,
          'The report could not be written because of an internal error: request it again',
        );
      throw error;
    }
    const outcome = await this.tx.run(async (em) => {
      const locked = await em.findOne(ProgrammeReport, {
        where: { id: row.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || locked.status !== ProgrammeReportStatus.RUNNING) return 'already done by another run';
      const owner = { organizationId: locked.organizationId, uploadedBy: locked.createdByUserId };
      const pdf = await this.files.save(em, {
        ...owner,
        filename: `programme-report-${output.day}.pdf`,
        contentType: PDF,
        bytes: output.pdf,
      });
      const xlsx = await this.files.save(em, {
        ...owner,
        filename: `programme-report-${output.day}.xlsx`,
        contentType: XLSX,
        bytes: output.xlsx,
      });
      await em.update(ProgrammeReport, locked.id, {
        status: ProgrammeReportStatus.SUCCEEDED,
        progress: 100,
        pdfFileId: pdf.id,
        xlsxFileId: xlsx.id,
        pageCount: output.pages,
        dataAsOf: output.asOf,
        error: null,
        finishedAt: new Date(),
      });
      await this.audit.record(em, {
        organizationId: locked.organizationId,
        actorUserId: locked.createdByUserId,
        action: 'programme_report.generated',
        objectType: 'ProgrammeReport',
        objectId: locked.id,
        summary: { ...output.summary, pdfFileId: pdf.id, xlsxFileId: xlsx.id },
      });
      return `${output.pages} pages`;
    });
    this.logger.log(`report ${row.id}: ${outcome}`);
    return outcome;
  }

  /** Progress and state while the job runs (never over a finished job). */
  private update(id: string, changes: Partial<ProgrammeReport>): Promise<unknown> {
    return this.dataSource.manager
      .update(ProgrammeReport, { id, status: In(ACTIVE_REPORT_STATUSES) }, changes)
      .catch((e: Error) => this.logger.warn(`progress of report ${id}: ${e.message}`));
  }

  private async fail(id: string, error: string): Promise<void> {
    await this.dataSource.manager.update(
      ProgrammeReport,
      { id, status: In(ACTIVE_REPORT_STATUSES) },
      { status: ProgrammeReportStatus.FAILED, error, finishedAt: new Date() },
    );
  }
}
