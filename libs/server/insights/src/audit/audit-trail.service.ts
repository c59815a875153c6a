import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  AuditEvent,
  AuditLog,
  ConnectionShape,
  DomainError,
  ErrorCode,
  FileStore,
  MemberDirectory,
  PageArgs,
  paginate,
  SortKey,
  Transactions,
} from '@sixcan/server-core';
import { stringify } from 'csv-stringify/sync';
import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditActorKind, AuditExportModel, AuditFilterArgs } from './audit.models';

const NEWEST_FIRST: SortKey[] = [{ expression: 'a.createdAt', property: 'createdAt', direction: 'DESC' }];

/** The most rows one export writes; a larger trail is exported in slices (narrow the dates). */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const EXPORT_BATCH = 5_000;

/**
 * Objects that belong to a project, as (audit object type, table): their events make up the project's
 * history together with the project's own, from nomination to landing.
 */
const PROJECT_OBJECTS: readonly [string, string][] = [
  ['ReviewAssignment', 'review_assignment'],
  ['Review', 'review'],
  ['ReleasedFeedback', 'released_feedback'],
  ['RoadshowSlot', 'roadshow_slot'],
  ['RoadshowCommentary', 'roadshow_commentary'],
  ['MatchIntent', 'match_intent'],
  ['Bid', 'bid'],
  ['Deal', 'deal'],
  ['Agreement', 'agreement'],
];

/** The organisation's audit trail: filtered reading, a project's history, and CSV export. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly tx: Transactions,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
    private readonly directory: MemberDirectory,
  ) {}

  events(actor: Actor, filter: AuditFilterArgs, page: PageArgs): Promise<ConnectionShape<AuditEvent>> {
    return this.tx.read((em) => paginate(this.filtered(em, actor, filter), page, NEWEST_FIRST));
  }

  /** Everything recorded about a project and the objects that hang off it, newest first. */
  projectHistory(actor: Actor, projectId: string, page: PageArgs): Promise<ConnectionShape<AuditEvent>> {
    return this.tx.read(async (em) => {
      await this.requireProject(em, actor, projectId);
      return paginate(this.ofProject(em, actor, projectId), page, NEWEST_FIRST);
    });
  }

  /**
   * Writes the filtered trail (or a project's history) as CSV, UTF-8 with BOM for Excel, oldest first, and
   * records the export itself in the trail.
   */
  exportCsv(actor: Actor, filter: AuditFilterArgs, projectId?: string): Promise<AuditExportModel> {
    return this.tx.run(async (em) => {
      if (projectId) await this.requireProject(em, actor, projectId);
      const qb = projectId ? this.ofProject(em, actor, projectId) : this.filtered(em, actor, filter);
      if (projectId) this.applyFilter(qb, filter);
      const rows = await qb.clone().getCount();
      if (rows > AUDIT_EXPORT_MAX_ROWS)
        throw new DomainError(
          ErrorCode.VALIDATION,
          `The selection holds ${rows} events; one export takes at most ${AUDIT_EXPORT_MAX_ROWS}. Narrow the dates.`,
          { reason: 'TOO_MANY_ROWS', fields: [{ field: 'from', message: 'narrow the period' }] },
        );
      const lines: string[][] = [
        ['time_utc', 'actor_user_id', 'actor_name', 'action', 'object_type', 'object_id', 'summary'],
      ];
      // The exact reverse of the listing (newest first, ties by id).
      qb.orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'DESC');
      for (let offset = 0; offset < rows; offset += EXPORT_BATCH) {
        const batch = await qb.clone().skip(offset).take(EXPORT_BATCH).getMany();
        const actorIds = [...new Set(batch.map((e) => e.actorUserId).filter((id): id is string => !!id))];
        const names = await this.directory.displayNames(em, actorIds);
        for (const e of batch)
          lines.push([
            e.createdAt.toISOString(),
            e.actorUserId ?? '',
            (e.actorUserId && names.get(e.actorUserId)) || '',
            e.action,
            e.objectType,
            e.objectId ?? '',
            JSON.stringify(e.summary),
          ]);
      }
      const stamp = new Date().toISOString().slice(0, 10);
      const filename = projectId ? `project-history-${projectId}-${stamp}.csv` : `audit-trail-${stamp}.csv`;
      const bytes = Buffer.from(
        '\uFEFF' + stringify(lines, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }),
        'utf8',
      );
      const file = await this.files.save(em, {
        organizationId: actor.organizationId,
        uploadedBy: actor.userId,
        filename,
        contentType: 'text/csv; charset=utf-8',
        bytes,
      });
      await this.audit.byActor(
        em,
        actor,
        'audit_events.exported',
        { type: projectId ? 'Project' : 'AuditTrail', id: projectId ?? actor.organizationId },
        { rows, filter: describe(filter) },
      );
      return { fileId: file.id, filename, rows };
    });
  }

  private filtered(em: EntityManager, actor: Actor, filter: AuditFilterArgs): SelectQueryBuilder<AuditEvent> {
    const qb = em.createQueryBuilder(AuditEvent, 'a').where('a.organizationId = :org', {
      org: actor.organizationId,
    });
    return this.applyFilter(qb, filter);
  }

  private applyFilter(
    qb: SelectQueryBuilder<AuditEvent>,
    f: AuditFilterArgs,
  ): SelectQueryBuilder<AuditEvent> {
    if (f.from && f.to && f.from >= f.to)
      throw DomainError.validation('The start of the period must be before its end.', [
        { field: 'from', message: 'after the end' },
      ]);
    if (f.action?.endsWith('.')) qb.andWhere('a.action LIKE :family', { family: `${f.action}%` });
    else if (f.action) qb.andWhere('a.action = :action', { action: f.action });
    if (f.objectType) qb.andWhere('a.objectType = :objectType', { objectType: f.objectType });
    if (f.objectId) qb.andWhere('a.objectId = :objectId', { objectId: f.objectId });
    if (f.actorKind === AuditActorKind.SYSTEM && f.actorUserId)
      throw DomainError.validation('System events have no actor: choose the system or a person, not both.', [
        { field: 'actorUserId', message: 'not with actorKind SYSTEM' },
      ]);
    if (f.actorUserId) qb.andWhere('a.actorUserId = :actorUserId', { actorUserId: f.actorUserId });
    if (f.actorKind === AuditActorKind.SYSTEM) qb.andWhere('a.actorUserId IS NULL');
    if (f.actorKind === AuditActorKind.USER) qb.andWhere('a.actorUserId IS NOT NULL');
    if (f.from) qb.andWhere('a.createdAt >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.createdAt < :to', { to: f.to });
    return qb;
  }

  private ofProject(em: EntityManager, actor: Actor, projectId: string): SelectQueryBuilder<AuditEvent> {
    return em
      .createQueryBuilder(AuditEvent, 'a')
      .where('a.organizationId = :org', { org: actor.organizationId })
      .andWhere(
        new Brackets((w) => {
          w.where(`(a.objectType = 'Project' AND a.objectId = :pid)`, { pid: projectId });
          for (const [type, table] of PROJECT_OBJECTS)
            w.orWhere(
              `(a.objectType = '${type}' AND a.objectId IN (SELECT t.id::text FROM "${table}" t WHERE t.project_id = CAST(:projectUuid AS uuid)))`,
              { projectUuid: projectId },
            );
          // Events about several projects at once (a roadshow's line-up, an import) name them in the summary.
          w.orWhere(`a.summary -> 'projectIds' ? :pid`);
          w.orWhere(`a.summary ->> 'projectId' = :pid`);
        }),
      );
  }

  private async requireProject(em: EntityManager, actor: Actor, projectId: string): Promise<void> {
    const [row] = await em.query(`SELECT 1 FROM project WHERE id = $1 AND organization_id = $2`, [
      projectId,
      actor.organizationId,
    ]);
    if (!row) throw DomainError.notFound('Project');
  }
}

function describe(f: AuditFilterArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f))
    if (v != null) out[k] = v instanceof Date ? v.toISOString() : String(v);
  return out;
}
