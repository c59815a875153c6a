import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, LocalizedText, Loaders, Roles, Transactions } from '@sixcan/server-core';
import { isOrganizer, MatchingAccess } from '../access';
import { MatchingLoaders } from '../loaders';
import { mapPage } from '../page';
import { MatchIntent } from './intent.entity';
import {
  IntentModel,
  IntentsArgs,
  MatchIntentConnection,
  RecordIntentInput,
  toIntentModel,
  UpdateIntentInput,
} from './intent.models';
import { IntentService } from './intent.service';

@Resolver(() => IntentModel)
export class IntentResolver {
  constructor(
    private readonly service: IntentService,
    private readonly access: MatchingAccess,
    private readonly tx: Transactions,
    private readonly loaders: MatchingLoaders,
  ) {}

  @Query(() => MatchIntentConnection, {
    description:
      'Organizers: every intent; partner members: their partners’ intents; applicants: committed intents on their own project (give projectId). Latest change first.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER, Role.APPLICANT)
  async intents(@CurrentActor() actor: Actor, @Args() args: IntentsArgs): Promise<MatchIntentConnection> {
    return mapPage(await this.service.list(actor, args), (rows) => this.models(actor, rows));
  }

  @Mutation(() => IntentModel, {
    description:
      'Records an intent, or moves the partner’s intent of that kind on the project (one per partner, project and kind); opens the deal.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async recordIntent(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordIntentInput,
  ): Promise<IntentModel> {
    return (await this.models(actor, [await this.service.record(actor, input)]))[0] as IntentModel;
  }

  @Mutation(() => IntentModel, { description: 'Changes the level, amount or note of an intent.' })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async updateIntent(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateIntentInput,
  ): Promise<IntentModel> {
    return (await this.models(actor, [await this.service.update(actor, id, input)]))[0] as IntentModel;
  }

  @ResolveField(() => LocalizedText)
  partnerName(
    @Parent() i: IntentModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.partnerName(loaders, actor).load(i.partnerId);
  }

  @ResolveField(() => LocalizedText)
  projectTitle(
    @Parent() i: IntentModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.projectTitle(loaders, actor).load(i.projectId);
  }

  private models(actor: Actor, rows: MatchIntent[]): Promise<IntentModel[]> {
    return this.tx.read(async (em) => {
      const mine = new Set(isOrganizer(actor) ? [] : await this.access.myPartnerIds(em, actor));
      return rows.map((i) => toIntentModel(i, isOrganizer(actor) || mine.has(i.partnerId)));
    });
  }
}
