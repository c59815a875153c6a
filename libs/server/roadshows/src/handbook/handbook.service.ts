import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  ConnectionShape,
  DomainError,
  ErrorCode,
  HandbookCatalog,
  HandbookProgramme,
  Outbox,
  paginate,
  PublishedProjectIds,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { HandbookJob } from './handbook-job.entity';
import { handbookOptions, HandbookOptionsRequest } from './handbook-options';
import { HandbookJobStatus } from './handbook.types';

export const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

const ACTIVE = [HandbookJobStatus.QUEUED, HandbookJobStatus.RUNNING];

/** Requests handbooks (a job each, enqueued after commit) and shows them to the programme's organizers. */
@Injectable()
export class HandbookService {
  constructor(
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
    private readonly catalog: HandbookCatalog,
    private readonly published: PublishedProjectIds,
  ) {}

  /**
   * A new handbook job, or the one already queued or running for the same programme and options (a second
   * click does not start a second handbook). CONFLICT when no project would be in it.
   */
  generate(actor: Actor, programmeId: string, input?: HandbookOptionsRequest | null): Promise<HandbookJob> {
    return this.tx.run(async (em) => {
      const programme = await this.programme(em, actor, programmeId);
      const options = handbookOptions(input, programme.sectors);
      // Requests for one programme take turns, so two identical ones cannot both start a job.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`handbook:${programme.id}`]);
      const active = await em
        .createQueryBuilder(HandbookJob, 'j')
        .where('j.organizationId = :org AND j.programmeId = :programme', {
          org: actor.organizationId,
          programme: programme.id,
        })
        .andWhere('j.status IN (:...active)', { active: ACTIVE })
        .andWhere('j.options = CAST(:options AS jsonb)', { options: JSON.stringify(options) })
        .orderBy('j.createdAt', 'DESC')
        .getOne();
      if (active) return active;
      const publishedIds = await this.published.ids(em, actor.organizationId);
      const entries = await this.catalog.entries(em, actor.organizationId, programme.id, {
        alsoIds: publishedIds,
        sectorCodes: options.sectorCodes,
      });
      if (!entries.length)
        throw new DomainError(
          ErrorCode.CONFLICT,
          options.sectorCodes
            ? 'No shortlisted, roadshow or published project is in these sectors: choose other sectors'
            : 'No project is shortlisted, in the roadshow or published to partners yet: shortlist or publish projects first',
          { reason: 'NO_PROJECTS' },
        );
      const inHandbook = new Set(entries.map((e) => e.id));
      const job = await em.save(
        em.create(HandbookJob, {
          organizationId: actor.organizationId,
          programmeId: programme.id,
          createdByUserId: actor.userId,
          options,
          publishedProjectIds: [...new Set(publishedIds.filter((id) => inHandbook.has(id)))],
          status: HandbookJobStatus.QUEUED,
          total: entries.length,
        }),
      );
      await this.outbox.enqueue(
        em,
        'roadshows.handbook',
        { handbookJobId: job.id },
        { jobId: `roadshows.handbook-${job.id}` },
      );
      return job;
    });
  }

  /** A handbook job of the actor's organisation, or NOT_FOUND (the same for absent and foreign ids). */
  get(actor: Actor, id: string): Promise<HandbookJob> {
    return this.tx.read(async (em) => {
      const job = isId(id)
        ? await em.findOneBy(HandbookJob, { id, organizationId: actor.organizationId })
        : null;
      if (!job) throw DomainError.notFound('Handbook job');
      return job;
    });
  }

  /** The programme's handbook jobs, newest first. */
  list(
    actor: Actor,
    programmeId: string,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<HandbookJob>> {
    return this.tx.read(async (em) => {
      const programme = await this.programme(em, actor, programmeId);
      const qb = em
        .createQueryBuilder(HandbookJob, 'j')
        .where('j.organizationId = :org AND j.programmeId = :programme', {
          org: actor.organizationId,
          programme: programme.id,
        });
      return paginate(qb, page, [{ expression: 'j.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  private async programme(em: EntityManager, actor: Actor, id: string): Promise<HandbookProgramme> {
    const programme = isId(id) ? await this.catalog.programme(em, actor.organizationId, id) : null;
    if (!programme) throw DomainError.notFound('Programme');
    return programme;
  }
}
