import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, LocalizedText, Loaders, Roles, Transactions } from '@sixcan/server-core';
import { BidAnswer } from '../graphql-enums';
import { MatchingLoaders } from '../loaders';
import { Bid } from './bid.entity';
import {
  BidComparisonModel,
  BidConnection,
  BidModel,
  BidsArgs,
  BidTermsInput,
  FxRateInput,
  FxTableModel,
  PlaceBidInput,
} from './bid.models';
import { BidAnswerService } from './bid-answer.service';
import { BidService } from './bid.service';
import { BidViews } from './bid-views';
import { FxService } from './fx.service';

@Resolver(() => BidModel)
export class BidResolver {
  constructor(
    private readonly service: BidService,
    private readonly answers: BidAnswerService,
    private readonly views: BidViews,
    private readonly fx: FxService,
    private readonly tx: Transactions,
    private readonly loaders: MatchingLoaders,
  ) {}

  @Query(() => BidConnection, {
    description:
      'Partner members: their partners’ bids; applicants: the bids on their own project (give projectId); organizers: all. Latest change first.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER, Role.APPLICANT)
  bids(@CurrentActor() actor: Actor, @Args() args: BidsArgs): Promise<BidConnection> {
    return this.views.list(actor, args);
  }

  @Query(() => BidModel)
  @Roles(Role.ORGANIZER, Role.PARTNER, Role.APPLICANT)
  bid(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<BidModel> {
    return this.views.one(actor, id);
  }

  @Query(() => BidComparisonModel, {
    description:
      'All bids on a project side by side, normalised with the FX table: its applicant and organizers.',
  })
  @Roles(Role.ORGANIZER, Role.APPLICANT)
  projectBids(
    @CurrentActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('currency', { type: () => String, nullable: true }) currency?: string | null,
  ): Promise<BidComparisonModel> {
    return this.views.compare(actor, projectId, currency);
  }

  @Query(() => FxTableModel, { description: 'The exchange rates bids are compared with.' })
  @Roles(Role.ORGANIZER, Role.APPLICANT)
  fxRates(@CurrentActor() actor: Actor): Promise<FxTableModel> {
    return this.fx.table(actor);
  }

  @Mutation(() => FxTableModel, { description: 'Sets one exchange rate; a new base starts a new table.' })
  @Roles(Role.ORGANIZER)
  setFxRate(@CurrentActor() actor: Actor, @Args('input') input: FxRateInput): Promise<FxTableModel> {
    return this.fx.set(actor, input);
  }

  @Mutation(() => BidModel, {
    description:
      'Places a sealed bid (one live bid per partner and project); the applicant is told, not shown the terms.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async placeBid(@CurrentActor() actor: Actor, @Args('input') input: PlaceBidInput): Promise<BidModel> {
    return this.model(await this.service.place(actor, input));
  }

  @Mutation(() => BidModel, { description: 'New terms for a live bid; earlier terms stay in its history.' })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async reviseBid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: BidTermsInput,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<BidModel> {
    return this.model(await this.service.revise(actor, id, input, version));
  }

  @Mutation(() => BidModel)
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async withdrawBid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BidModel> {
    return this.model(await this.service.withdraw(actor, id));
  }

  @Mutation(() => BidModel, {
    description: 'The applicant (or an organizer) accepts or declines a live bid.',
  })
  @Roles(Role.ORGANIZER, Role.APPLICANT)
  async respondToBid(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('answer', { type: () => BidAnswer }) answer: BidAnswer,
    @Args('message', { type: () => String, nullable: true }) message?: string | null,
  ): Promise<BidModel> {
    return this.model(await this.answers.respond(actor, id, answer, message));
  }

  @ResolveField(() => LocalizedText)
  partnerName(
    @Parent() b: BidModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.partnerName(loaders, actor).load(b.partnerId);
  }

  @ResolveField(() => LocalizedText)
  projectTitle(
    @Parent() b: BidModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.projectTitle(loaders, actor).load(b.projectId);
  }

  private model(bid: Bid): Promise<BidModel> {
    return this.tx.read((em) => this.views.byId(em, bid));
  }
}
