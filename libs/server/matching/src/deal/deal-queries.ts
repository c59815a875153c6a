import { Injectable } from '@nestjs/common';
import { Actor, DEAL_STAGES, DealStage } from '@sixcan/domain';
import { AppConfig, ConnectionShape, MatchingCatalog, paginate, Transactions } from '@sixcan/server-core';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { isOrganizer, MatchingAccess } from '../access';
import { Deal } from './deal.entity';
import { DealsArgs, DealsFilter, DealStageCountModel } from './deal.models';

const DAY = 86400_000;
const LIKE_ESCAPE = /[\\%_]/g;

/** Deals that no longer need following up: neither the stale filter nor the reminder looks at them. */
export const CLOSED_DEAL_STAGES: readonly DealStage[] = [DealStage.LANDED, DealStage.DROPPED];

/** Deals quiet since before this instant are stale (no activity for DEAL_STALE_DAYS). */
export const staleBefore = (config: AppConfig, now = new Date()) =>
  new Date(now.getTime() - config.env.DEAL_STALE_DAYS * DAY);

/**
 * The pipeline as lists and counts: organizers see every deal, partner members their partners' deals, under
 * the same filter.
 */
@Injectable()
export class DealQueries {
  constructor(
    private readonly tx: Transactions,
    private readonly access: MatchingAccess,
    private readonly catalog: MatchingCatalog,
    private readonly config: AppConfig,
  ) {}

  /** Latest change first. */
  list(actor: Actor, args: DealsArgs): Promise<ConnectionShape<Deal>> {
    return this.tx.read(async (em) =>
      paginate(await this.filtered(em, actor, args.filter ?? {}), args, [
        { expression: 'd.updatedAt', property: 'updatedAt', direction: 'DESC' },
      ]),
    );
  }

  /** One count per stage, in ladder order (INTENT … LANDED, then DROPPED), zeros included. */
  stageCounts(actor: Actor, filter: DealsFilter | null | undefined): Promise<DealStageCountModel[]> {
    return this.tx.read(async (em) => {
      const rows: { stage: DealStage; n: number }[] = await (
        await this.filtered(em, actor, filter ?? {})
      )
        .select('d.stage', 'stage')
        .addSelect('count(*)::int', 'n')
        .groupBy('d.stage')
        .getRawMany();
      const counts = new Map(rows.map((r) => [r.stage, Number(r.n)]));
      return DEAL_STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
    });
  }

  private async filtered(em: EntityManager, actor: Actor, f: DealsFilter): Promise<SelectQueryBuilder<Deal>> {
    const qb = em
      .createQueryBuilder(Deal, 'd')
      .where('d.organizationId = :org', { org: actor.organizationId });
    if (f.stages?.length) qb.andWhere('d.stage IN (:...stages)', { stages: f.stages });
    if (f.partnerId) qb.andWhere('d.partnerId = :partner', { partner: f.partnerId });
    if (f.projectId) qb.andWhere('d.projectId = :project', { project: f.projectId });
    if (f.ownerUserId) qb.andWhere('d.ownerUserId = :owner', { owner: f.ownerUserId });
    if (f.stale != null) {
      const stale = '(d.stage NOT IN (:...closed) AND d.lastActivityAt <= :quietSince)';
      qb.andWhere(f.stale ? stale : `NOT ${stale}`, {
        closed: CLOSED_DEAL_STAGES,
        quietSince: staleBefore(this.config),
      });
    }
    const term = f.search?.trim();
    if (term) {
      const titled = await this.catalog.idsByTitle(em, actor.organizationId, term);
      qb.andWhere(
        `(d.projectId = ANY(:titled) OR EXISTS (SELECT 1 FROM partner sp WHERE sp.id = d.partner_id
           AND (sp.name_zh ILIKE :term OR sp.name_en ILIKE :term)))`,
        { titled, term: `%${term.replace(LIKE_ESCAPE, (c) => `\\${c}`)}%` },
      );
    }
    if (!isOrganizer(actor))
      qb.andWhere('d.partnerId = ANY(:mine)', { mine: await this.access.myPartnerIds(em, actor) });
    return qb;
  }
}
