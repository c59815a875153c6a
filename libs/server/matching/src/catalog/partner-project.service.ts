import { Injectable } from '@nestjs/common';
import { Actor } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  MatchingCatalog,
  paginate,
  PartnerProject,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager } from 'typeorm';
import { isId, isOrganizer, MatchingAccess } from '../access';
import { Bid } from '../bid/bid.entity';
import { BidViews } from '../bid/bid-views';
import { Deal } from '../deal/deal.entity';
import { toDealModel } from '../deal/deal.models';
import { MatchIntent } from '../intent/intent.entity';
import { toIntentModel } from '../intent/intent.models';
import { mapPage } from '../page';
import { Partner } from '../partner/partner.entity';
import { DismissedMatch, SavedProject } from './catalog.entity';
import { PartnerProjectStatusModel, SavedProjectsArgs } from './partner-project.models';

/**
 * One partner and one project: the saved list and the partner's whole standing with the project. Organizers
 * see any pair of their organisation; a partner's members their partner's pairs with projects open to
 * partners (or that the partner already follows). Everything else is NOT_FOUND.
 */
@Injectable()
export class PartnerProjectService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly access: MatchingAccess,
    private readonly catalog: MatchingCatalog,
    private readonly bids: BidViews,
  ) {}

  status(actor: Actor, partnerId: string, projectId: string): Promise<PartnerProjectStatusModel> {
    return this.tx.read(async (em) => {
      const { partner, project } = await this.pair(em, actor, partnerId, projectId);
      const pair = { partnerId: partner.id, projectId: project.id };
      const saved = await em.existsBy(SavedProject, pair);
      const notInterested = await em.existsBy(DismissedMatch, pair);
      const intents = await em.find(MatchIntent, { where: pair, order: { updatedAt: 'DESC', id: 'ASC' } });
      const bid = await em
        .createQueryBuilder(Bid, 'b')
        .where('b.partnerId = :partnerId AND b.projectId = :projectId', pair)
        .orderBy(`CASE WHEN b.status = 'SUBMITTED' THEN 0 ELSE 1 END`, 'ASC')
        .addOrderBy('b.createdAt', 'DESC')
        .addOrderBy('b.id', 'ASC')
        .limit(1)
        .getOne();
      const deal = await em.findOneBy(Deal, pair);
      return {
        ...pair,
        saved,
        notInterested,
        intents: intents.map((i) => toIntentModel(i, true)),
        bid: bid ? ((await this.bids.models(em, [bid]))[0] ?? null) : null,
        deal: deal ? toDealModel(deal) : null,
      };
    });
  }

  /** Puts a project open to partners on the partner's saved list (once), or takes it off. */
  async save(
    actor: Actor,
    partnerId: string,
    projectId: string,
    saved: boolean,
  ): Promise<PartnerProjectStatusModel> {
    await this.tx.run(async (em) => {
      const { partner, project } = saved
        ? {
            partner: await this.access.partner(em, actor, partnerId),
            project: await this.access.publishedProject(em, actor, projectId),
          }
        : await this.pair(em, actor, partnerId, projectId);
      const target = { type: 'Partner', id: partner.id };
      if (saved) {
        const rows: unknown[] = await em.query(
          `INSERT INTO saved_project (organization_id, partner_id, project_id, saved_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (partner_id, project_id) DO NOTHING RETURNING id`,
          [actor.organizationId, partner.id, project.id, actor.userId],
        );
        if (rows.length)
          await this.audit.byActor(em, actor, 'match.saved', target, { projectId: project.id });
      } else {
        const result = await em.delete(SavedProject, { partnerId: partner.id, projectId: project.id });
        if (result.affected)
          await this.audit.byActor(em, actor, 'match.unsaved', target, { projectId: project.id });
      }
    });
    return this.status(actor, partnerId, projectId);
  }

  /** The partner's saved projects still open to partners, latest saved first. */
  saved(actor: Actor, args: SavedProjectsArgs): Promise<ConnectionShape<PartnerProject>> {
    return this.tx.read(async (em) => {
      const partner = await this.access.partner(em, actor, args.partnerId);
      const savedIds = await em.find(SavedProject, {
        where: { partnerId: partner.id },
        select: { projectId: true },
      });
      const open = await this.catalog.published(em, actor.organizationId, {
        alsoIds: await this.access.publishedIds(em, actor.organizationId),
        ids: savedIds.map((s) => s.projectId),
      });
      const byId = new Map(open.map((p) => [p.id, p]));
      const qb = em
        .createQueryBuilder(SavedProject, 's')
        .where('s.partnerId = :partner', { partner: partner.id })
        .andWhere('s.projectId = ANY(:open)', { open: [...byId.keys()] });
      const page = await paginate(qb, args, [
        { expression: 's.createdAt', property: 'createdAt', direction: 'DESC' },
      ]);
      return mapPage(page, (rows) => rows.map((s) => byId.get(s.projectId) as PartnerProject));
    });
  }

  /**
   * The partner (the actor's own unless an organizer) and a project of the organisation: for members one
   * open to partners, or one the partner already follows (a deal or a saved row). NOT_FOUND otherwise.
   */
  private async pair(
    em: EntityManager,
    actor: Actor,
    partnerId: string,
    projectId: string,
  ): Promise<{ partner: Partner; project: PartnerProject }> {
    const partner = await this.access.partner(em, actor, partnerId);
    const [project] = isId(projectId)
      ? await this.catalog.projects(em, actor.organizationId, [projectId])
      : [];
    if (!project) throw DomainError.notFound('Project');
    if (isOrganizer(actor)) return { partner, project };
    const pair = { partnerId: partner.id, projectId: project.id };
    const follows = (await em.existsBy(Deal, pair)) || (await em.existsBy(SavedProject, pair));
    if (!follows) await this.access.publishedProject(em, actor, project.id);
    return { partner, project };
  }
}
