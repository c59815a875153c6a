import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles, Transactions } from '@sixcan/server-core';
import { isOrganizer, MatchingAccess } from '../access';
import { moneyOf } from '../money-input';
import { MatchIntent } from './intent.entity';
import { IntentModel, IntentsArgs, RecordIntentInput, UpdateIntentInput } from './intent.models';
import { IntentService } from './intent.service';

@Resolver(() => IntentModel)
export class IntentResolver {
  constructor(
    private readonly service: IntentService,
    private readonly access: MatchingAccess,
    private readonly tx: Transactions,
  ) {}

  @Query(() => [IntentModel], {
    description:
      'Organizers: every intent; partner members: their partners’ intents; applicants: committed intents on their own project (give projectId).',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER, Role.APPLICANT)
  async intents(@CurrentActor() actor: Actor, @Args() args: IntentsArgs): Promise<IntentModel[]> {
    return this.models(actor, await this.service.list(actor, args));
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

  private models(actor: Actor, rows: MatchIntent[]): Promise<IntentModel[]> {
    return this.tx.read(async (em) => {
      const partners = await this.access.partnersById(
        em,
        actor.organizationId,
        rows.map((r) => r.partnerId),
      );
      const mine = new Set(isOrganizer(actor) ? [] : await this.access.myPartnerIds(em, actor));
      return rows.map((i) => {
        const p = partners.get(i.partnerId);
        const insider = isOrganizer(actor) || mine.has(i.partnerId);
        return {
          id: i.id,
          partnerId: i.partnerId,
          partnerName: { zh: p?.nameZh ?? null, en: p?.nameEn ?? null },
          projectId: i.projectId,
          kind: i.kind,
          level: i.level,
          source: i.source,
          amount: moneyOf(i.amountMinor, i.currency),
          note: insider ? i.note : null,
          committedAt: i.committedAt,
          version: i.version,
          createdAt: i.createdAt,
          updatedAt: i.updatedAt,
        };
      });
    });
  }
}
