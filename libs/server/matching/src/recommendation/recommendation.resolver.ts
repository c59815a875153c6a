import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, MatchPartner, MatchProject, rankMatches, rankPartners, Role } from '@sixcan/domain';
import { CurrentActor, MatchingCatalog, PartnerProject, Roles, Transactions } from '@sixcan/server-core';
import { MatchingAccess } from '../access';
import { fxTableOf } from '../bid/bid-views';
import { DismissedMatch } from '../catalog/catalog.entity';
import { toPartnerProjectModel } from '../catalog/catalog.models';
import { Partner } from '../partner/partner.entity';
import { toPartnerModel } from '../partner/partner.models';
import { PartnerService } from '../partner/partner.service';
import { RecommendedPartnerModel, RecommendedProjectModel } from './recommendation.models';

const toMatchProject = (p: PartnerProject): MatchProject => ({
  id: p.id,
  sectorCode: p.sectorCode,
  keywords: [p.sectorCode, p.title.en, p.title.zh].filter((k): k is string => !!k),
  trl: p.trl,
  cooperationModes: p.cooperationModes,
  fundingAmountMinor: p.fundingAmountMinor,
  fundingCurrency: p.fundingCurrency,
  country: p.country,
});

const toMatchPartner = (p: Partner): MatchPartner => ({ ...p, id: p.id, kind: p.kind });

/** Explainable recommendations (the score and its reasons come from the domain's match rules). */
@Resolver()
export class RecommendationResolver {
  constructor(
    private readonly tx: Transactions,
    private readonly access: MatchingAccess,
    private readonly catalog: MatchingCatalog,
    private readonly partners: PartnerService,
  ) {}

  @Query(() => [RecommendedProjectModel], {
    description: 'Published projects ranked for the partner, with reasons; "not interested" ones left out.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  recommendedProjects(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<RecommendedProjectModel[]> {
    return this.tx.read(async (em) => {
      const partner = await this.access.partner(em, actor, partnerId);
      const projects = await this.catalog.published(em, actor.organizationId, {
        alsoIds: await this.access.publishedIds(em, actor.organizationId),
      });
      const hidden = await em.find(DismissedMatch, {
        where: { partnerId: partner.id },
        select: { projectId: true },
      });
      const fx = await fxTableOf(em, actor.organizationId);
      const ranked = rankMatches(toMatchPartner(partner), projects.map(toMatchProject), {
        notInterested: hidden.map((h) => h.projectId),
        fx: fx.base ? { base: fx.base, rates: fx.rates } : null,
        limit: Math.min(Math.max(first, 1), 200),
      });
      const byId = new Map(projects.map((p) => [p.id, p]));
      return ranked.map((m) => ({
        project: toPartnerProjectModel(byId.get(m.projectId) as PartnerProject),
        score: m.score,
        reasons: m.reasons,
      }));
    });
  }

  @Query(() => [RecommendedPartnerModel], { description: 'Partners ranked for a project, with reasons.' })
  @Roles(Role.ORGANIZER)
  recommendedPartners(
    @CurrentActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<RecommendedPartnerModel[]> {
    return this.tx.read(async (em) => {
      const project = await this.access.ownedOrOrganized(em, actor, projectId);
      const partners = await em.find(Partner, { where: { organizationId: actor.organizationId } });
      const hidden = await em.find(DismissedMatch, {
        where: { projectId: project.id },
        select: { partnerId: true },
      });
      const fx = await fxTableOf(em, actor.organizationId);
      const ranked = rankPartners(toMatchProject(project), partners.map(toMatchPartner), {
        notInterested: hidden.map((h) => h.partnerId),
        fx: fx.base ? { base: fx.base, rates: fx.rates } : null,
        limit: Math.min(Math.max(first, 1), 200),
      });
      const byId = new Map(partners.map((p) => [p.id, p]));
      const emails = await this.partners.memberEmails(
        em,
        ranked.map((m) => m.partnerId),
      );
      return ranked.map((m) => ({
        partner: toPartnerModel(byId.get(m.partnerId) as Partner, emails.get(m.partnerId) ?? []),
        score: m.score,
        reasons: m.reasons,
      }));
    });
  }
}
