import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles, Transactions } from '@sixcan/server-core';
import { Partner } from './partner.entity';
import {
  PartnerConnection,
  PartnerInput,
  PartnerModel,
  PartnersArgs,
  toPartnerModel,
} from './partner.models';
import { PartnerService } from './partner.service';

@Resolver(() => PartnerModel)
export class PartnerResolver {
  constructor(
    private readonly service: PartnerService,
    private readonly tx: Transactions,
  ) {}

  @Query(() => PartnerConnection, { description: 'Organizers: every partner; partner members: their own.' })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async partners(@CurrentActor() actor: Actor, @Args() args: PartnersArgs): Promise<PartnerConnection> {
    const page = await this.service.list(actor, args);
    const models = await this.models(page.edges.map((e) => e.node));
    return {
      ...page,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: models[i] as PartnerModel })),
    };
  }

  @Query(() => PartnerModel)
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async partner(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PartnerModel> {
    return (await this.models([await this.service.get(actor, id)]))[0] as PartnerModel;
  }

  @Mutation(() => PartnerModel, {
    description: 'Creates a partner; the member e-mails get the PARTNER role or an invitation.',
  })
  @Roles(Role.ORGANIZER)
  async createPartner(
    @CurrentActor() actor: Actor,
    @Args('input') input: PartnerInput,
  ): Promise<PartnerModel> {
    return (await this.models([await this.service.create(actor, input)]))[0] as PartnerModel;
  }

  @Mutation(() => PartnerModel, {
    description: 'Organizers change any partner; members their own profile and interests (not the members).',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async updatePartner(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PartnerInput,
  ): Promise<PartnerModel> {
    return (await this.models([await this.service.update(actor, id, input)]))[0] as PartnerModel;
  }

  private models(rows: Partner[]): Promise<PartnerModel[]> {
    return this.tx.read(async (em) => {
      const emails = await this.service.memberEmails(
        em,
        rows.map((r) => r.id),
      );
      return rows.map((p) => toPartnerModel(p, emails.get(p.id) ?? []));
    });
  }
}
