import { Injectable } from '@nestjs/common';
import { Actor, ProgrammeStatus, Role } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  FileAccess,
  FileStore,
  Outbox,
  paginate,
  StoredFile,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isId, ProgrammeService } from '../programme/programme.service';
import { NominationService } from '../project/nomination.service';
import { ProjectQueries } from '../project/project-query.service';
import { ProjectFilter } from '../project/project.models';
import { SpreadsheetFormat } from '../graphql-types';
import { buildImportTemplate, buildProjectExport, ExportRow } from '../spreadsheet';
import { ImportMode, ImportStatus, ProjectImport } from './project-import.entity';
import { Channel } from '../channel/channel.entity';
import { In } from 'typeorm';

export const SPREADSHEET_TYPES: Record<string, 'xlsx' | 'csv'> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
};

const FORMAT = {
  XLSX: { ext: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  CSV: { ext: 'csv', type: 'text/csv' },
} as const;

/** Spreadsheets in and out: the template, imports run as jobs, and exports of a filtered list. */
@Injectable()
export class ImportService {
  constructor(
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly files: FileStore,
    private readonly programmes: ProgrammeService,
    private readonly nominations: NominationService,
    private readonly access: FileAccess,
  ) {}

  start(
    actor: Actor,
    input: { programmeId: string; fileId: string; mode: ImportMode; channelId?: string | null },
  ): Promise<ProjectImport> {
    return this.tx.run(async (em) => {
      const programme = await this.programmes.visible(em, actor, input.programmeId);
      const organizer = actor.roles.includes(Role.ORGANIZER);
      if (
        programme.status === ProgrammeStatus.ARCHIVED ||
        (!organizer && programme.status !== ProgrammeStatus.OPEN)
      )
        throw DomainError.conflict('This programme does not take projects now');
      // Channel members always nominate for their channel; organizers import directly unless they name one.
      const channel =
        !organizer || input.channelId ? await this.nominations.channelFor(em, actor, input.channelId) : null;
      // Only a spreadsheet the actor may read (their upload): an import must not be a way to read another file.
      const file = await this.access.find(em, actor, input.fileId);
      if (!file) throw DomainError.notFound('File');
      if (!SPREADSHEET_TYPES[file.contentType])
        throw DomainError.validation(`"${file.filename}" is not a spreadsheet: upload an XLSX or CSV file`, [
          { field: 'fileId', message: 'not a spreadsheet' },
        ]);
      const job = await em.save(
        em.create(ProjectImport, {
          organizationId: actor.organizationId,
          programmeId: programme.id,
          channelId: channel?.id ?? null,
          fileId: file.id,
          createdByUserId: actor.userId,
          mode: input.mode,
          status: ImportStatus.QUEUED,
          problems: [],
        }),
      );
      await this.outbox.enqueue(
        em,
        'intake.import',
        { importId: job.id },
        { jobId: `intake.import-${job.id}` },
      );
      await this.audit.record(em, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'project_import.started',
        objectType: 'ProjectImport',
        objectId: job.id,
        summary: { file: file.filename, mode: input.mode, channelId: channel?.id ?? null },
      });
      return job;
    });
  }

  /** Organizers see every import; a channel member the ones they started. */
  get(actor: Actor, id: string): Promise<ProjectImport> {
    return this.tx.run(async (em) => {
      const job = isId(id)
        ? await em.findOneBy(ProjectImport, { id, organizationId: actor.organizationId })
        : null;
      if (!job || (!actor.roles.includes(Role.ORGANIZER) && job.createdByUserId !== actor.userId))
        throw DomainError.notFound('Import');
      return job;
    });
  }

  list(actor: Actor, programmeId: string, page: { first: number; after?: string | null }) {
    return this.tx.run((em): Promise<ConnectionShape<ProjectImport>> => {
      const qb = em
        .createQueryBuilder(ProjectImport, 'i')
        .where('i.organizationId = :org AND i.programmeId = :programmeId', {
          org: actor.organizationId,
          programmeId,
        });
      if (!actor.roles.includes(Role.ORGANIZER)) qb.andWhere('i.createdByUserId = :me', { me: actor.userId });
      return paginate(qb, page, [{ expression: 'i.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  template(actor: Actor, programmeId: string, format: SpreadsheetFormat): Promise<StoredFile> {
    return this.tx.run(async (em) => {
      const programme = await this.programmes.visible(em, actor, programmeId);
      const title = programme.titleZh ?? programme.titleEn ?? 'SixCan';
      const bytes = await buildImportTemplate(
        { title, sectors: programme.sectors, mandatoryCans: programme.mandatoryCans },
        format === SpreadsheetFormat.CSV ? 'csv' : 'xlsx',
      );
      return this.save(
        em,
        actor,
        `project-import-template.${FORMAT[format].ext}`,
        FORMAT[format].type,
        bytes,
      );
    });
  }

  export(
    actor: Actor,
    queries: ProjectQueries,
    input: {
      programmeId: string;
      filter?: ProjectFilter | null;
      format: SpreadsheetFormat;
      locale: 'zh-CN' | 'en';
    },
  ): Promise<StoredFile> {
    return this.tx.run(async (em) => {
      const programme = await this.programmes.visible(em, actor, input.programmeId);
      const projects = await queries.all(em, actor, programme.id, input.filter);
      const channelIds = [...new Set(projects.map((p) => p.channelId).filter((x): x is string => !!x))];
      const channels = channelIds.length ? await em.findBy(Channel, { id: In(channelIds) }) : [];
      const channelName = new Map(
        channels.map((c) => [
          c.id,
          (input.locale === 'en' ? (c.nameEn ?? c.nameZh) : (c.nameZh ?? c.nameEn)) ?? '',
        ]),
      );
      const sectorName = new Map(
        programme.sectors.map((s) => [s.code, input.locale === 'en' ? s.nameEn : s.nameZh]),
      );
      const rows: ExportRow[] = projects.map((p) => ({
        id: p.id,
        status: p.status,
        titleZh: p.titleZh,
        titleEn: p.titleEn,
        summaryZh: p.summaryZh,
        summaryEn: p.summaryEn,
        organizationName: p.organizationName,
        sectorCode: p.sectorCode,
        sectorName: p.sectorCode ? (sectorName.get(p.sectorCode) ?? null) : null,
        country: p.country,
        channelName: p.channelId ? (channelName.get(p.channelId) ?? null) : null,
        trl: p.trl,
        ipStatus: p.ipStatus,
        cooperationModes: p.cooperationModes,
        fundingAmountMinor: p.fundingAmountMinor,
        fundingCurrency: p.fundingCurrency,
        contactName: p.contactName,
        contactEmail: p.contactEmail,
        submittedAt: p.submittedAt,
        createdAt: p.createdAt,
      }));
      const bytes = await buildProjectExport(
        rows,
        input.format === SpreadsheetFormat.CSV ? 'csv' : 'xlsx',
        input.locale,
      );
      const stamp = new Date().toISOString().slice(0, 10);
      const file = await this.save(
        em,
        actor,
        `projects-${stamp}.${FORMAT[input.format].ext}`,
        FORMAT[input.format].type,
        bytes,
      );
      await this.audit.record(em, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'projects.exported',
        objectType: 'Programme',
        objectId: programme.id,
        summary: { rows: rows.length, format: input.format, filter: input.filter ?? {} },
      });
      return file;
    });
  }

  private save(em: EntityManager, actor: Actor, filename: string, contentType: string, bytes: Buffer) {
    return this.files.save(em, {
      organizationId: actor.organizationId,
      uploadedBy: actor.userId,
      filename,
      contentType,
      bytes,
    });
  }
}
