import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, GraphqlContext, Roles } from '@sixcan/server-core';
import { RoadshowLoaders } from '../loaders';
import { RoadshowPlanModel } from '../slot/slot.models';
import { planModel, ProjectInfo } from '../slot/slot.views';
import { CommentatorService } from './commentators.service';
import {
  CreateRoadshowInput,
  RoadshowCommentatorModel,
  RoadshowConnection,
  RoadshowModel,
  RoadshowsArgs,
  toRoadshowModel,
  UpdateRoadshowInput,
} from './roadshow.models';
import { RoadshowService } from './roadshow.service';

const actorOf = (ctx: GraphqlContext): Actor => ctx.req.actor as Actor;

@Resolver(() => RoadshowModel)
export class RoadshowResolver {
  constructor(
    private readonly service: RoadshowService,
    private readonly commentatorService: CommentatorService,
    private readonly loaders: RoadshowLoaders,
  ) {}

  @Query(() => RoadshowModel, { description: 'Organizers; commentators the events they are assigned to.' })
  @Roles(Role.ORGANIZER, Role.COMMENTATOR)
  async roadshow(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.service.get(actor, id));
  }

  @Query(() => RoadshowConnection, { description: 'The programme’s roadshow events, soonest first.' })
  @Roles(Role.ORGANIZER)
  async roadshows(@CurrentActor() actor: Actor, @Args() args: RoadshowsArgs): Promise<RoadshowConnection> {
    const page = await this.service.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toRoadshowModel(e.node) })) };
  }

  @Mutation(() => RoadshowModel, { description: 'A draft roadshow event of a programme.' })
  @Roles(Role.ORGANIZER)
  async createRoadshow(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateRoadshowInput,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.service.create(actor, input));
  }

  @Mutation(() => RoadshowModel, {
    description: 'Changes a draft or published event (re-planned); CONFLICT when `version` is stale.',
  })
  @Roles(Role.ORGANIZER)
  async updateRoadshow(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRoadshowInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.service.update(actor, id, input, version));
  }

  @Mutation(() => RoadshowModel, {
    description:
      'Puts shortlisted (or published) projects of the programme on the event; shortlisted ones move to IN_ROADSHOW.',
  })
  @Roles(Role.ORGANIZER)
  async addRoadshowProjects(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('projectIds', { type: () => [ID] }) projectIds: string[],
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.service.addProjects(actor, id, projectIds));
  }

  @Mutation(() => RoadshowModel, { description: 'Takes a project off the event’s programme.' })
  @Roles(Role.ORGANIZER)
  async removeRoadshowProject(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('projectId', { type: () => ID }) projectId: string,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.service.removeProject(actor, id, projectId));
  }

  @Mutation(() => RoadshowModel, {
    description: 'Sets the event’s commentators (members; given the COMMENTATOR role when they lack it).',
  })
  @Roles(Role.ORGANIZER)
  async assignCommentators(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.commentatorService.assign(actor, id, userIds));
  }

  @ResolveField(() => [ID])
  projectIds(@Parent() r: RoadshowModel, @Context() ctx: GraphqlContext): Promise<string[]> {
    return this.loaders.projectIds(ctx.loaders, actorOf(ctx)).load(r.id);
  }

  @ResolveField(() => [RoadshowCommentatorModel])
  commentators(
    @Parent() r: RoadshowModel,
    @Context() ctx: GraphqlContext,
  ): Promise<RoadshowCommentatorModel[]> {
    return this.loaders.commentators(ctx.loaders, actorOf(ctx)).load(r.id);
  }

  @ResolveField(() => RoadshowPlanModel)
  async plan(@Parent() r: RoadshowModel, @Context() ctx: GraphqlContext): Promise<RoadshowPlanModel> {
    const actor = actorOf(ctx);
    const slots = await this.loaders.slots(ctx.loaders, actor).load(r.id);
    const ids = [...slots.map((s) => s.projectId), ...(r.source.plan?.unplaced ?? [])];
    const infos = await this.loaders.project(ctx.loaders, actor).loadMany(ids);
    const projects = new Map<string, ProjectInfo>();
    ids.forEach((id, i) => {
      const info = infos[i];
      if (info && !(info instanceof Error)) projects.set(id, info);
    });
    return planModel(r.source, slots, projects);
  }
}
