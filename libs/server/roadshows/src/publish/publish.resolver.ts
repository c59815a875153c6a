import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { CurrentActor, Roles } from '@sixcan/server-core';
import { RoadshowModel, toRoadshowModel } from '../event/roadshow.models';
import { RoadshowPublisher } from './publish.service';

@Resolver()
export class PublishResolver {
  constructor(private readonly publisher: RoadshowPublisher) {}

  @Mutation(() => RoadshowModel, {
    description:
      'DRAFT → PUBLISHED: presenters, commentators and partner members are e-mailed an invitation with a calendar file, and the reminders are scheduled.',
  })
  @Roles(Role.ORGANIZER)
  async publishRoadshow(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.publisher.publish(actor, id));
  }
}
