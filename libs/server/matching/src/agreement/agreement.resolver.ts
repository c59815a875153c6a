import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { moneyOf } from '../money-input';
import { Agreement, SigningCeremony } from './agreement.entity';
import {
  AgreementModel,
  CeremonyInput,
  CeremonyModel,
  RealisationInput,
  RecordAgreementInput,
} from './agreement.models';
import { AgreementService } from './agreement.service';

const toAgreementModel = (a: Agreement): AgreementModel => ({
  id: a.id,
  dealId: a.dealId,
  projectId: a.projectId,
  partnerId: a.partnerId,
  kind: a.kind,
  parties: a.parties,
  ceremonyId: a.ceremonyId,
  signedAt: a.signedAt,
  committed: moneyOf(a.committedMinor, a.currency) ?? { amount: '0', currency: a.currency },
  realised: moneyOf(a.realisedMinor, a.currency) ?? { amount: '0', currency: a.currency },
  realisedAt: a.realisedAt,
  registeredEntity: a.registeredEntity,
  landingPartnerId: a.landingPartnerId,
  jobsCreated: a.jobsCreated,
  documentFileIds: a.documentFileIds,
});

const toCeremonyModel = (c: SigningCeremony, agreements: Agreement[]): CeremonyModel => ({
  id: c.id,
  title: { zh: c.titleZh, en: c.titleEn },
  mode: c.mode,
  heldAt: c.heldAt,
  timeZone: c.timeZone,
  venue: c.venue,
  agreements: agreements.map(toAgreementModel),
});

@Resolver(() => AgreementModel)
export class AgreementResolver {
  constructor(private readonly service: AgreementService) {}

  @Query(() => [AgreementModel], { description: 'Every agreement of the organisation, latest signed first.' })
  @Roles(Role.ORGANIZER)
  async agreements(@CurrentActor() actor: Actor): Promise<AgreementModel[]> {
    return (await this.service.list(actor)).map(toAgreementModel);
  }

  @Query(() => [CeremonyModel], { description: 'Signing ceremonies with their agreements, latest first.' })
  @Roles(Role.ORGANIZER)
  async ceremonies(@CurrentActor() actor: Actor): Promise<CeremonyModel[]> {
    return (await this.service.ceremonies(actor)).map((c) => toCeremonyModel(c.ceremony, c.agreements));
  }

  @Mutation(() => CeremonyModel)
  @Roles(Role.ORGANIZER)
  async createCeremony(
    @CurrentActor() actor: Actor,
    @Args('input') input: CeremonyInput,
  ): Promise<CeremonyModel> {
    return toCeremonyModel(await this.service.createCeremony(actor, input), []);
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
}
