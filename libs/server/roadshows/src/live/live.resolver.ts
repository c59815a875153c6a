import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, Role, SlotStatus } from '@sixcan/domain';
import { CurrentActor, LiveEvents, Roles } from '@sixcan/server-core';
import { RoadshowModel, toRoadshowModel } from '../event/roadshow.models';
import { liveTopic } from './live-notifier';
import { LiveSlotModel, reviveLiveState, RoadshowLiveStateModel } from './live.models';
import { RoadshowLive } from './live.service';

@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: RoadshowLive,
    private readonly events: LiveEvents,
  ) {}

  @Mutation(() => RoadshowModel, { description: 'PUBLISHED → LIVE: the slots are frozen as published.' })
  @Roles(Role.ORGANIZER)
  async startRoadshow(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.live.start(actor, id));
  }

  @Mutation(() => RoadshowModel, { description: 'LIVE → ENDED; a pitch still on stage is DONE.' })
  @Roles(Role.ORGANIZER)
  async endRoadshow(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RoadshowModel> {
    return toRoadshowModel(await this.live.end(actor, id));
  }

  @Mutation(() => LiveSlotModel, {
    description:
      'SCHEDULED → ON_STAGE → DONE, or NO_SHOW; one pitch on stage at a time, while the event is live.',
  })
  @Roles(Role.ORGANIZER)
  async moveRoadshowSlot(
    @CurrentActor() actor: Actor,
    @Args('slotId', { type: () => ID }) slotId: string,
    @Args('status', { type: () => SlotStatus }) status: SlotStatus,
  ): Promise<LiveSlotModel> {
    const slot = await this.live.moveSlot(actor, slotId, status);
    const state = await this.live.liveState(actor, slot.roadshowId);
    return state.slots.find((s) => s.id === slot.id) as LiveSlotModel;
  }

  @Query(() => RoadshowLiveStateModel, {
    description: 'The live state for the first paint (then subscribe to roadshowUpdated).',
  })
  @Roles(Role.ORGANIZER, Role.PARTNER, Role.COMMENTATOR)
  roadshowLive(
    @CurrentActor() actor: Actor,
    @Args('roadshowId', { type: () => ID }) roadshowId: string,
  ): Promise<RoadshowLiveStateModel> {
    return this.live.liveState(actor, roadshowId);
  }

  @Subscription(() => RoadshowLiveStateModel, {
    description:
      'The live state after every change: slot moves, start and end, intents recorded from the roadshow.',
    resolve: (payload: { roadshowUpdated: RoadshowLiveStateModel }) =>
      reviveLiveState(payload.roadshowUpdated),
  })
  @Roles(Role.ORGANIZER, Role.PARTNER, Role.COMMENTATOR)
  async roadshowUpdated(
    @CurrentActor() actor: Actor,
    @Args('roadshowId', { type: () => ID }) roadshowId: string,
  ): Promise<AsyncIterableIterator<unknown>> {
    await this.live.assertWatchable(actor, roadshowId);
    return this.events.subscribe(liveTopic(roadshowId));
  }
}
