import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, duplicateKeys, ProjectSource, ProjectStatus, Role } from '@sixcan/domain';
import {
  AuditLog,
  FileStore,
  JobHandler,
  JobPayloads,
  JobProcessor,
  Transactions,
} from '@sixcan/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { Channel } from '../channel/channel.entity';
import { Programme } from '../programme/programme.entity';
import { existingKeys } from '../project/duplicates';
import { NominationService } from '../project/nomination.service';
import { projectFromFields } from '../project/project-fields';
import { Project, ProjectStatusChange } from '../project/project.entity';
import { readSpreadsheet, rowToProject, buildErrorReport, SpreadsheetError } from '../spreadsheet';
import { ImportMode, ImportProblem, ImportStatus, ProjectImport } from './project-import.entity';
import { SPREADSHEET_TYPES } from './import.service';

const PROGRESS_EVERY = 500;
const INSERT_CHUNK = 1000;
const PROBLEMS_SHOWN = 200;

interface GoodRow {
  rowNumber: number;
  project: Project;
}

/**
 * Runs an import: parse, validate every row (duplicates against the programme and within the file), then
 * write the rows and the final status in one transaction, so a crash or a retry never leaves half an
 * import. Progress is written outside that transaction so the UI sees it.
 */
@Injectable()
@JobProcessor('intake.import')
export class ImportProcessor implements JobHandler<'intake.import'> {
  private readonly logger = new Logger(ImportProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
    private readonly nominations: NominationService,
  ) {}

  async handle({ importId }: JobPayloads['intake.import']): Promise<string> {
    const job = await this.dataSource.manager.findOneBy(ProjectImport, { id: importId });
    if (!job) return 'unknown import';
    if (job.status === ImportStatus.SUCCEEDED || job.status === ImportStatus.FAILED) return 'already done';
    await this.progress(job.id, { status: ImportStatus.RUNNING, startedAt: new Date(), processedRows: 0 });
    const programme = await this.dataSource.manager.findOneByOrFail(Programme, { id: job.programmeId });
    const file = await this.files.get(this.dataSource.manager, job.organizationId, job.fileId);
    let sheet;
    try {
      const kind = SPREADSHEET_TYPES[file.contentType];
      if (!kind) throw new SpreadsheetError('This file is not a spreadsheet: upload an XLSX or CSV file');
      sheet = await readSpreadsheet(await this.files.read(file), kind);
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      await this.finish(job, { status: ImportStatus.FAILED, failureMessage: error.message });
      return `refused: ${error.message}`;
    }
    await this.progress(job.id, { totalRows: sheet.rows.length });

    const nominating = job.channelId !== null;
    const known = await existingKeys(this.dataSource.manager, programme.id);
    const inFile = new Map<string, number>();
    const problems: ImportProblem[] = [];
    const good: GoodRow[] = [];
    let duplicates = 0;
    let badRows = 0;
    for (const [index, row] of sheet.rows.entries()) {
      const { fields, issues } = rowToProject(row, programme, { forSubmission: !nominating });
      const rowProblems: ImportProblem[] = issues.map((i) => ({
        rowNumber: row.rowNumber,
        field: i.field,
        value: row.cells[i.field] ?? null,
        message: i.message,
      }));
      if (nominating && !fields.applicantEmail)
        rowProblems.push({
          rowNumber: row.rowNumber,
          field: 'applicantEmail',
          message: 'required to invite the applicant',
        });
      const keys = duplicateKeys(fields);
      const clash = keys.find((k) => known.has(k) || inFile.has(k));
      if (clash) {
        duplicates++;
        rowProblems.push({
          rowNumber: row.rowNumber,
          field: 'titleZh',
          value: fields.title.zh ?? fields.title.en ?? null,
          message: inFile.has(clash)
            ? `duplicate of row ${inFile.get(clash)} (same title and organisation)`
            : 'already in this programme (same title and organisation)',
        });
      }
      for (const k of keys) if (!inFile.has(k)) inFile.set(k, row.rowNumber);
      if (rowProblems.length) {
        badRows++;
        problems.push(...rowProblems);
      } else {
        good.push({ rowNumber: row.rowNumber, project: this.toProject(job, fields, nominating) });
      }
      if ((index + 1) % PROGRESS_EVERY === 0) await this.progress(job.id, { processedRows: index + 1 });
    }

    const refuseAll = job.mode === ImportMode.ALL_OR_NOTHING && badRows > 0;
    const report = problems.length ? await buildErrorReport(problems) : null;
    const created = await this.tx.run(async (em) => {
      const locked = await em.findOne(ProjectImport, {
        where: { id: job.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || locked.status !== ImportStatus.RUNNING) return -1; // another run finished it
      const rows = refuseAll ? [] : good;
      await this.write(em, job, programme, rows, nominating);
      const reportFile = report
        ? await this.files.save(em, {
            organizationId: job.organizationId,
            uploadedBy: job.createdByUserId,
            filename: 'import-problems.xlsx',
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            bytes: report,
          })
        : null;
      await em.update(ProjectImport, job.id, {
        status: refuseAll ? ImportStatus.FAILED : ImportStatus.SUCCEEDED,
        processedRows: sheet.rows.length,
        createdCount: rows.length,
        errorRowCount: badRows,
        duplicateCount: duplicates,
        problems: problems.slice(0, PROBLEMS_SHOWN),
        reportFileId: reportFile?.id ?? null,
        failureMessage: refuseAll
          ? `${badRows} row(s) have problems, so nothing was imported: fix them (see the report) or import the valid rows only`
          : null,
        finishedAt: new Date(),
      });
      await this.audit.record(em, {
        organizationId: job.organizationId,
        actorUserId: job.createdByUserId,
        action: 'project_import.finished',
        objectType: 'ProjectImport',
        objectId: job.id,
        summary: { created: rows.length, badRows, duplicates, mode: job.mode },
      });
      return rows.length;
    });
    this.logger.log(`import ${job.id}: ${created} created, ${badRows} bad rows`);
    return `${created} created, ${badRows} bad rows`;
  }

  private toProject(
    job: ProjectImport,
    fields: ReturnType<typeof rowToProject>['fields'],
    nominating: boolean,
  ) {
    return projectFromFields(fields, {
      organizationId: job.organizationId,
      programmeId: job.programmeId,
      channelId: job.channelId,
      applicantEmail: fields.applicantEmail?.toLowerCase() ?? null,
      source: nominating ? ProjectSource.NOMINATION : ProjectSource.IMPORT,
      status: nominating ? ProjectStatus.DRAFT : ProjectStatus.SUBMITTED,
      submittedAt: nominating ? null : new Date(),
    });
  }

  private async write(
    em: EntityManager,
    job: ProjectImport,
    programme: Programme,
    rows: GoodRow[],
    nominating: boolean,
  ) {
    if (nominating) {
      const channel = await em.findOneByOrFail(Channel, { id: job.channelId as string });
      const actor: Actor = {
        userId: job.createdByUserId,
        organizationId: job.organizationId,
        roles: [Role.CHANNEL],
      };
      for (const { project } of rows)
        await this.nominations.record(em, actor, project, programme, channel, 'en');
      return;
    }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK).map((r) => r.project);
      const inserted = await em.insert(Project, chunk);
      const ids = inserted.identifiers.map((x) => x['id'] as string);
      await em.insert(
        ProjectStatusChange,
        ids.map((projectId) => ({
          organizationId: job.organizationId,
          projectId,
          fromStatus: null,
          toStatus: ProjectStatus.SUBMITTED,
          actorUserId: job.createdByUserId,
          note: 'import',
        })),
      );
    }
  }

  private progress(id: string, changes: Partial<ProjectImport>): Promise<unknown> {
    return this.dataSource.manager
      .update(ProjectImport, id, changes)
      .catch((e: Error) => this.logger.warn(`progress of ${id}: ${e.message}`));
  }

  private async finish(job: ProjectImport, changes: Partial<ProjectImport>) {
    await this.dataSource.manager.update(ProjectImport, job.id, { ...changes, finishedAt: new Date() });
  }
}
