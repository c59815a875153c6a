import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { mapPage } from '../page';
import { PartnerProjectConnection, toPartnerProjectModel } from './catalog.models';
import { PartnerProjectStatusModel, SavedProjectsArgs } from './partner-project.models';
import { PartnerProjectService } from './partner-project.service';

@Resolver(() => PartnerProjectStatusModel)
export class PartnerProjectResolver {
  constructor(private readonly service: PartnerProjectService) {}

  @Query(() => PartnerProjectStatusModel, {
    description: 'Where the partner stands with the project: saved, not interested, intents, bid, deal.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  partnerProjectStatus(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
  ): Promise<PartnerProjectStatusModel> {
    return this.service.status(actor, partnerId, projectId);
  }

  @Query(() => PartnerProjectConnection, {
    description: 'The partner’s saved projects that are still open to partners, latest saved first.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async savedProjects(
    @CurrentActor() actor: Actor,
    @Args() args: SavedProjectsArgs,
  ): Promise<PartnerProjectConnection> {
    return mapPage(await this.service.saved(actor, args), (rows) => rows.map(toPartnerProjectModel));
  }

  @Mutation(() => PartnerProjectStatusModel, {
    description: 'Puts the project on the partner’s saved list (saved: false takes it off).',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  saveProject(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('saved', { type: () => Boolean, nullable: true, defaultValue: true }) saved: boolean | null,
  ): Promise<PartnerProjectStatusModel> {
    return this.service.save(actor, partnerId, projectId, saved ?? true);
  }
}
