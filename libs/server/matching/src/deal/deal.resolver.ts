import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, MatchingCatalog, Roles, Transactions } from '@sixcan/server-core';
import { In } from 'typeorm';
import { MatchingAccess } from '../access';
import { Deal, DealActivity } from './deal.entity';
import { DealActivityInput, DealModel, DealsArgs, MoveDealInput } from './deal.models';
import { DealService } from './deal.service';

@Resolver(() => DealModel)
export class DealResolver {
  constructor(
    private readonly service: DealService,
    private readonly access: MatchingAccess,
    private readonly catalog: MatchingCatalog,
    private readonly tx: Transactions,
  ) {}

  @Query(() => [DealModel], {
    description: 'The pipeline: organizers every deal, partner members their own.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async deals(@CurrentActor() actor: Actor, @Args() args: DealsArgs): Promise<DealModel[]> {
    return this.models(actor, await this.service.list(actor, args));
  }

  @Query(() => DealModel)
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async deal(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DealModel> {
    return (await this.models(actor, [await this.service.get(actor, id)]))[0] as DealModel;
  }

  @Mutation(() => DealModel, {
    description: 'Moves a deal along the pipeline with the fields the stage needs (a reason for DROPPED).',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async moveDeal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MoveDealInput,
  ): Promise<DealModel> {
    return (await this.models(actor, [await this.service.move(actor, id, input)]))[0] as DealModel;
  }

  @Mutation(() => DealModel, {
    description: 'Logs a note, call, meeting or e-mail, with the next step’s date.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async logDealActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DealActivityInput,
  ): Promise<DealModel> {
    return (await this.models(actor, [await this.service.logActivity(actor, id, input)]))[0] as DealModel;
  }

  private models(actor: Actor, rows: Deal[]): Promise<DealModel[]> {
    return this.tx.read(async (em) => {
      if (!rows.length) return [];
      const [partners, projects, activities] = await Promise.all([
        this.access.partnersById(
          em,
          actor.organizationId,
          rows.map((r) => r.partnerId),
        ),
        this.catalog.projects(
          em,
          actor.organizationId,
          rows.map((r) => r.projectId),
        ),
        em.find(DealActivity, { where: { dealId: In(rows.map((r) => r.id)) }, order: { createdAt: 'DESC' } }),
      ]);
      const title = new Map(projects.map((p) => [p.id, p.title]));
      return rows.map((d) => {
        const p = partners.get(d.partnerId);
        const t = title.get(d.projectId);
        return {
          id: d.id,
          partnerId: d.partnerId,
          partnerName: { zh: p?.nameZh ?? null, en: p?.nameEn ?? null },
          projectId: d.projectId,
          projectTitle: { zh: t?.zh ?? null, en: t?.en ?? null },
          stage: d.stage,
          ownerUserId: d.ownerUserId,
          dropReason: d.dropReason,
          droppedFrom: d.droppedFrom,
          meetingAt: d.meetingAt,
          ndaFileId: d.ndaFileId,
          mouFileId: d.mouFileId,
          nextStepAt: d.nextStepAt,
          nextStep: d.nextStep,
          lastActivityAt: d.lastActivityAt,
          activities: activities
            .filter((a) => a.dealId === d.id)
            .map((a) => ({
              id: a.id,
              kind: a.kind,
              note: a.note,
              nextStepAt: a.nextStepAt,
              createdBy: a.createdBy,
              createdAt: a.createdAt,
            })),
          version: d.version,
          updatedAt: d.updatedAt,
        };
      });
    });
  }
}
