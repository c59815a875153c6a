import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Loaders, MoneyModel, Roles } from '@sixcan/server-core';
import { MatchingLoaders, totalInBase } from '../loaders';
import { ListArgs, mapPage } from '../page';
import { SigningCeremony } from './agreement.entity';
import { AgreementModel, CeremonyInput, CeremonyModel, SigningCeremonyConnection } from './agreement.models';
import { toAgreementModel } from './agreement.resolver';
import { AgreementService } from './agreement.service';

const toCeremonyModel = (c: SigningCeremony): CeremonyModel => ({
  id: c.id,
  title: { zh: c.titleZh, en: c.titleEn },
  mode: c.mode,
  heldAt: c.heldAt,
  timeZone: c.timeZone,
  venue: c.venue,
});

/** Signing ceremonies, their agreements and what those commit (organizers only, like agreements). */
@Resolver(() => CeremonyModel)
export class CeremonyResolver {
  constructor(
    private readonly service: AgreementService,
    private readonly loaders: MatchingLoaders,
  ) {}

  @Query(() => SigningCeremonyConnection, { description: 'Signing ceremonies, latest held first.' })
  @Roles(Role.ORGANIZER)
  async ceremonies(@CurrentActor() actor: Actor, @Args() args: ListArgs): Promise<SigningCeremonyConnection> {
    return mapPage(await this.service.ceremonies(actor, args), (rows) => rows.map(toCeremonyModel));
  }

  @Query(() => CeremonyModel)
  @Roles(Role.ORGANIZER)
  async ceremony(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CeremonyModel> {
    return toCeremonyModel(await this.service.ceremony(actor, id));
  }

  @Mutation(() => CeremonyModel)
  @Roles(Role.ORGANIZER)
  async createCeremony(
    @CurrentActor() actor: Actor,
    @Args('input') input: CeremonyInput,
  ): Promise<CeremonyModel> {
    return toCeremonyModel(await this.service.createCeremony(actor, input));
  }

  @ResolveField(() => [AgreementModel], { description: 'In signing order.' })
  async agreements(
    @Parent() c: CeremonyModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<AgreementModel[]> {
    return (await this.loaders.ceremonyAgreements(loaders, actor).load(c.id)).map(toAgreementModel);
  }

  @ResolveField(() => Int)
  async agreementCount(
    @Parent() c: CeremonyModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<number> {
    return (await this.loaders.ceremonyTotals(loaders, actor).load(c.id)).count;
  }

  @ResolveField(() => MoneyModel, {
    nullable: true,
    description:
      'Committed at the ceremony, in the FX table’s base currency (null while it has no base); currencies without a rate are left out and listed in missingRates.',
  })
  async committed(
    @Parent() c: CeremonyModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<MoneyModel | null> {
    return (await this.totals(c, actor, loaders)).total;
  }

  @ResolveField(() => [String], { description: 'Currencies of its agreements the FX table has no rate for.' })
  async missingRates(
    @Parent() c: CeremonyModel,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<string[]> {
    return (await this.totals(c, actor, loaders)).missingRates;
  }

  private async totals(c: CeremonyModel, actor: Actor, loaders: Loaders) {
    const [totals, fx] = await Promise.all([
      this.loaders.ceremonyTotals(loaders, actor).load(c.id),
      this.loaders.fxTable(loaders, actor),
    ]);
    return totalInBase(totals.sums, fx);
  }
}
