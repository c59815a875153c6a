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
import { HandbookFailure } from './handbook-failure';
import { HandbookJob } from './handbook-job.entity';
import { HandbookJobStatus } from './handbook.types';
import { HandbookOutput, HandbookWriter } from './handbook-writer';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Progress up to here while pages are written; the last step is storing the files. */
const WRITING_SHARE = 95;

/**
 * Writes a handbook. The files are stored and the job marked SUCCEEDED in one transaction, after re-checking
 * the job under a lock, so a second run (a retry, a stalled job picked up again) stores nothing. A failure
 * another attempt cannot fix (HandbookFailure) marks the job FAILED at once; any other error is retried with
 * backoff and marks it FAILED on the last attempt.
 */
@Injectable()
@JobProcessor('roadshows.handbook')
export class HandbookProcessor implements JobHandler<'roadshows.handbook'> {
  private readonly logger = new Logger(HandbookProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
    private readonly writer: HandbookWriter,
  ) {}

  async handle({ handbookJobId }: JobPayloads['roadshows.handbook'], job?: Job): Promise<string> {
    const row = await this.dataSource.manager.findOneBy(HandbookJob, { id: handbookJobId });
    if (!row) return 'unknown handbook job';
    if (row.status === HandbookJobStatus.SUCCEEDED || row.status === HandbookJobStatus.FAILED)
      return 'already done';
    await this.update(row.id, { status: HandbookJobStatus.RUNNING, startedAt: new Date(), error: null });
    let output: HandbookOutput;
    try {
      output = await this.writer.write(row, (processed, total) =>
        this.update(row.id, {
          processed,
          total,
          progress: Math.floor((processed / Math.max(total, 1)) * WRITING_SHARE),
        }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof HandbookFailure) {
        await this.fail(row.id, message);
        return `failed: ${message}`;
      }
      this.logger.warn(`handbook ${row.id} (attempt ${(job?.attemptsMade ?? 0) + 1}): ${message}`);
      if (!job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await this.fail(
          row.id,
          'The handbook could not be written because of an internal error: request it again',
        );
      throw error;
    }
    const outcome = await this.tx.run(async (em) => {
      const locked = await em.findOne(HandbookJob, {
        where: { id: row.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || locked.status !== HandbookJobStatus.RUNNING) return 'already done by another run';
      const owner = { organizationId: locked.organizationId, uploadedBy: locked.createdByUserId };
      const pdf = await this.files.save(em, {
        ...owner,
        filename: `handbook-${output.day}.pdf`,
        contentType: PDF,
        bytes: output.pdf,
      });
      const xlsx = await this.files.save(em, {
        ...owner,
        filename: `handbook-${output.day}.xlsx`,
        contentType: XLSX,
        bytes: output.xlsx,
      });
      await em.update(HandbookJob, locked.id, {
        status: HandbookJobStatus.SUCCEEDED,
        progress: 100,
        processed: output.total,
        total: output.total,
        pdfFileId: pdf.id,
        xlsxFileId: xlsx.id,
        error: null,
        finishedAt: new Date(),
      });
      await this.audit.record(em, {
        organizationId: locked.organizationId,
        actorUserId: locked.createdByUserId,
        action: 'handbook.generated',
        objectType: 'HandbookJob',
        objectId: locked.id,
        summary: {
          programmeId: locked.programmeId,
          projects: output.total,
          languages: locked.options.languages,
          includeContacts: locked.options.includeContacts,
          sectorCodes: locked.options.sectorCodes,
          pdfFileId: pdf.id,
          xlsxFileId: xlsx.id,
        },
      });
      return `${output.total} projects`;
    });
    this.logger.log(`handbook ${row.id}: ${outcome}`);
    return outcome;
  }

  /** Progress and state while the job runs (never over a finished job). */
  private update(id: string, changes: Partial<HandbookJob>): Promise<unknown> {
    return this.dataSource.manager
      .update(HandbookJob, { id, status: In([HandbookJobStatus.QUEUED, HandbookJobStatus.RUNNING]) }, changes)
      .catch((e: Error) => this.logger.warn(`progress of handbook ${id}: ${e.message}`));
  }

  private async fail(id: string, error: string): Promise<void> {
    await this.dataSource.manager.update(
      HandbookJob,
      { id, status: In([HandbookJobStatus.QUEUED, HandbookJobStatus.RUNNING]) },
      { status: HandbookJobStatus.FAILED, error, finishedAt: new Date() },
    );
  }
}
