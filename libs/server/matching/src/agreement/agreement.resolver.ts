import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, DealStage, Role } from '@sixcan/domain';
import { CurrentActor, LocalizedText, Loaders, Roles } from '@sixcan/server-core';
import { MatchingLoaders } from '../loaders';
import { mapPage } from '../page';
import {
  AgreementConnection,
  AgreementModel,
  AgreementsArgs,
  AgreementsSummaryModel,
  RealisationInput,
  RecordAgreementInput,
  toAgreementModel,
} from './agreement.models';
import { AgreementService } from './agreement.service';

export { toAgreementModel };

@Resolver(() => AgreementModel)
export class AgreementResolver {
  constructor(
    private readonly service: AgreementService,
    private readonly loaders: MatchingLoaders,
  ) {}

  @Query(() => AgreementConnection, {
    description: 'The agreements of the organisation (or of one ceremony), latest signed first.',
  })
  @Roles(Role.ORGANIZER)
  async agreements(@CurrentActor() actor: Actor, @Args() args: AgreementsArgs): Promise<AgreementConnection> {
    return mapPage(await this.service.list(actor, args), (rows) => rows.map(toAgreementModel));
  }

  @Query(() => AgreementsSummaryModel, {
    description: 'Every agreement summed: count, committed and realised in the FX base currency, landed.',
  })
  @Roles(Role.ORGANIZER)
  agreementsSummary(@CurrentActor() actor: Actor): Promise<AgreementsSummaryModel> {
    return this.service.summary(actor);
  }

  @Mutation(() => AgreementModel, {
    description: 'Records the agreement of a deal (once); both parties are told.',
  })
  @Roles(Role.ORGANIZER)
  async recordAgreement(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordAgreementInput,
  ): Promise<AgreementModel> {
    return toAgreementModel(await this.service.record(actor, input));
  }

  @Mutation(() => AgreementModel, {
    description: 'Records what has been realised: amount, entity, park, jobs.',
  })
  @Roles(Role.ORGANIZER)
  async recordRealisation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: RealisationInput,
  ): Promise<AgreementModel> {
    return toAgreementModel(await this.service.realise(actor, id, input));
  }

  @ResolveField(() => LocalizedText)
  projectTitle(
    @Parent() a: AgreementModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.projectTitle(loaders, actor).load(a.projectId);
  }

  @ResolveField(() => LocalizedText)
  partnerName(
    @Parent() a: AgreementModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText> {
    return this.loaders.partnerName(loaders, actor).load(a.partnerId);
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: 'Null when signed outside a ceremony.' })
  async ceremonyTitle(
    @Parent() a: AgreementModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<LocalizedText | null> {
    return a.ceremonyId ? this.loaders.ceremonyTitle(loaders, actor).load(a.ceremonyId) : null;
  }

  @ResolveField(() => DealStage, { description: 'Where the agreement’s deal stands now.' })
  async dealStage(
    @Parent() a: AgreementModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<DealStage> {
    // The deal outlives its agreement (there is no way to delete either): it is always there.
    return (await this.loaders.dealStage(loaders, actor).load(a.dealId)) ?? DealStage.SIGNED;
  }
}
