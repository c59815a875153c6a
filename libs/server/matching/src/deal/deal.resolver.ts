import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, LocalizedText, Loaders, Roles } from '@sixcan/server-core';
import { MatchingLoaders } from '../loaders';
import { mapPage } from '../page';
import { DealQueries } from './deal-queries';
import {
  DealActivityInput,
  DealActivityModel,
  DealConnection,
  DealModel,
  DealsArgs,
  DealsFilter,
  DealStageCountModel,
  MoveDealInput,
  toDealModel,
} from './deal.models';
import { DealService } from './deal.service';

@Resolver(() => DealModel)
export class DealResolver {
  constructor(
    private readonly service: DealService,
    private readonly queries: DealQueries,
    private readonly loaders: MatchingLoaders,
  ) {}

  @Query(() => DealConnection, {
    description: 'The pipeline: organizers every deal, partner members their own. Latest change first.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async deals(@CurrentActor() actor: Actor, @Args() args: DealsArgs): Promise<DealConnection> {
    return mapPage(await this.queries.list(actor, args), (rows) => rows.map(toDealModel));
  }

  @Query(() => [DealStageCountModel], {
    description:
      'Deals per stage under the filter, one row per stage in ladder order (zeros included): the kanban headers.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  dealStageCounts(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => DealsFilter, nullable: true }) filter?: DealsFilter | null,
  ): Promise<DealStageCountModel[]> {
    return this.queries.stageCounts(actor, filter);
  }

  @Query(() => DealModel)
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async deal(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DealModel> {
    return toDealModel(await this.service.get(actor, id));
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
    return toDealModel(await this.service.move(actor, id, input));
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
    return toDealModel(await this.service.logActivity(actor, id, input));
  }

  @ResolveField(() => LocalizedText)
  partnerName(
    @Parent() d: DealModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.partnerName(loaders, actor).load(d.partnerId);
  }

  @ResolveField(() => LocalizedText)
  projectTitle(
    @Parent() d: DealModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.projectTitle(loaders, actor).load(d.projectId);
  }

  @ResolveField(() => [DealActivityModel], { description: 'Newest first.' })
  activities(
    @Parent() d: DealModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<DealActivityModel[]> {
    return this.loaders.dealActivities(loaders, actor).load(d.id);
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The deal’s agreement once recorded (required for SIGNED; its realisation for LANDED).',
  })
  agreementId(
    @Parent() d: DealModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<string | null> {
    return this.loaders.dealAgreement(loaders, actor).load(d.id);
  }
}
