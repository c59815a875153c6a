import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import { ConnectionShape, DomainError, Outbox, paginate, Transactions } from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { ProgrammeReport } from './programme-report.entity';
import { ACTIVE_REPORT_STATUSES, ProgrammeReportStatus } from './report.types';

export const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export const reportJobId = (reportId: string) => `insights.report-${reportId}`;

/** Requests bureau reports (a job each, enqueued after commit) and shows them to the programme's organizers. */
@Injectable()
export class ReportService {
  constructor(
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
  ) {}

  /**
   * A new report job, or the one already queued or running for the programme (a second click does not start
   * a second report).
   */
  generate(actor: Actor, programmeId: string): Promise<ProgrammeReport> {
    return this.tx.run(async (em) => {
      const programme = await this.programme(em, actor, programmeId);
      // Requests for one programme take turns, so two at once cannot both start a job.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `programme_report:${programme}`,
      ]);
      const active = await em
        .createQueryBuilder(ProgrammeReport, 'r')
        .where('r.organizationId = :org AND r.programmeId = :programme', {
          org: actor.organizationId,
          programme,
        })
        .andWhere('r.status IN (:...active)', { active: ACTIVE_REPORT_STATUSES })
        .orderBy('r.createdAt', 'DESC')
        .getOne();
      if (active) return active;
      const report = await em.save(
        em.create(ProgrammeReport, {
          organizationId: actor.organizationId,
          programmeId: programme,
          createdByUserId: actor.userId,
          status: ProgrammeReportStatus.QUEUED,
        }),
      );
      await this.outbox.enqueue(
        em,
        'insights.report',
        { reportId: report.id },
        { jobId: reportJobId(report.id) },
      );
      return report;
    });
  }

  /** A report of the actor's organisation, or NOT_FOUND (the same for absent and foreign ids). */
  get(actor: Actor, id: string): Promise<ProgrammeReport> {
    return this.tx.read(async (em) => {
      const report = isId(id)
        ? await em.findOneBy(ProgrammeReport, { id, organizationId: actor.organizationId })
        : null;
      if (!report) throw DomainError.notFound('Programme report');
      return report;
    });
  }

  /** The programme's reports, newest first. */
  list(
    actor: Actor,
    programmeId: string,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<ProgrammeReport>> {
    return this.tx.read(async (em) => {
      const programme = await this.programme(em, actor, programmeId);
      const qb = em
        .createQueryBuilder(ProgrammeReport, 'r')
        .where('r.organizationId = :org AND r.programmeId = :programme', {
          org: actor.organizationId,
          programme,
        });
      return paginate(qb, page, [{ expression: 'r.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  /** The programme's id when it is the actor's organisation's, else NOT_FOUND. */
  private async programme(em: EntityManager, actor: Actor, id: string): Promise<string> {
    const rows: { id: string }[] = isId(id)
      ? await em.query(`SELECT id FROM programme WHERE id = $1 AND organization_id = $2`, [
          id,
          actor.organizationId,
        ])
      : [];
    if (!rows[0]) throw DomainError.notFound('Programme');
    return rows[0].id;
  }
}
