import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { RoadshowModel, toRoadshowModel } from '../event/roadshow.models';
import { RoadshowOrder } from './order.service';

@Resolver()
export class SlotOrderResolver {
  constructor(private readonly order: RoadshowOrder) {}

  @Mutation(() => RoadshowModel, {
    description:
      'Moves a project to `toIndex` (0-based) of the programme: the event switches to a manual order and is re-planned on the same slot times (see plan.warnings). CONFLICT when `version` is stale.',
  })
  @Roles(Role.ORGANIZER)
  async moveSlot(
    @CurrentActor() actor: Actor,
    @Args('roadshowId', { type: () => ID }) roadshowId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('toIndex', { type: () => Int }) toIndex: number,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.order.move(actor, roadshowId, projectId, toIndex, version));
  }

  @Mutation(() => RoadshowModel, { description: 'Back to the planner’s optimised order.' })
  @Roles(Role.ORGANIZER)
  async resetRoadshowOrder(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.order.reset(actor, id));
  }
}
