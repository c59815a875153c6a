import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import {
  PartnerProjectConnection,
  PartnerProjectModel,
  PublishedProjectsArgs,
  toPartnerProjectModel,
} from './catalog.models';
import { CatalogService } from './catalog.service';

@Resolver(() => PartnerProjectModel)
export class CatalogResolver {
  constructor(private readonly service: CatalogService) {}

  @Query(() => PartnerProjectConnection, {
    description: 'Shortlisted, in-roadshow and published projects, in the partner view, by title.',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async publishedProjects(
    @CurrentActor() actor: Actor,
    @Args() args: PublishedProjectsArgs,
  ): Promise<PartnerProjectConnection> {
    const page = await this.service.list(actor, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toPartnerProjectModel(e.node) })),
    };
  }

  @Query(() => PartnerProjectModel, { description: 'One project open to partners, in the partner view.' })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async publishedProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PartnerProjectModel> {
    return toPartnerProjectModel(await this.service.get(actor, id));
  }

  @Mutation(() => PartnerProjectModel, {
    description: 'Opens a project to partners before or without shortlisting (published: false closes it).',
  })
  @Roles(Role.ORGANIZER)
  async publishProject(
    @CurrentActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('published', { nullable: true, defaultValue: true }) published: boolean,
  ): Promise<PartnerProjectModel> {
    return toPartnerProjectModel(await this.service.publish(actor, projectId, published));
  }

  @Mutation(() => PartnerProjectModel, {
    description:
      'Hides the project from the partner’s recommendations (notInterested: false shows it again).',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER)
  async markNotInterested(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('notInterested', { nullable: true, defaultValue: true }) notInterested: boolean,
  ): Promise<PartnerProjectModel> {
    return toPartnerProjectModel(
      await this.service.notInterested(actor, partnerId, projectId, notInterested),
    );
  }
}
