import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoadshowStatus, SlotDelivery, SlotStatus } from '@sixcan/domain';
import { LocalizedText } from '@sixcan/server-core';
import '../graphql-enums';

@ObjectType('LiveSlot', { description: 'A pitch as the live console shows it.' })
export class LiveSlotModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => Int)
  order!: number;

  @Field({ description: 'Planned start (UTC).' })
  startsAt!: Date;

  @Field({ description: 'Planned end (UTC).' })
  endsAt!: Date;

  @Field(() => SlotDelivery)
  delivery!: SlotDelivery;

  @Field(() => SlotStatus)
  status!: SlotStatus;

  @Field(() => Date, { nullable: true, description: 'When it went on stage.' })
  startedAt!: Date | null;

  @Field({ description: 'On stage: when it started plus the slot length; otherwise the planned end.' })
  plannedEnd!: Date;
}

@ObjectType('ProjectIntentCount')
export class ProjectIntentCountModel {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: 'Intents recorded with source ROADSHOW while the event was live.' })
  count!: number;
}

@ObjectType('RoadshowLiveState', { description: 'The live console’s state, pushed on every change.' })
export class RoadshowLiveStateModel {
  @Field(() => ID)
  roadshowId!: string;

  @Field(() => RoadshowStatus)
  status!: RoadshowStatus;

  @Field(() => LiveSlotModel, { nullable: true })
  currentSlot!: LiveSlotModel | null;

  @Field(() => LiveSlotModel, { nullable: true, description: 'The next scheduled pitch.' })
  nextSlot!: LiveSlotModel | null;

  @Field(() => [LiveSlotModel])
  slots!: LiveSlotModel[];

  @Field(() => [ProjectIntentCountModel], { description: 'Per project on the programme.' })
  intentCounts!: ProjectIntentCountModel[];

  @Field(() => Int, { description: 'All intents recorded during the event.' })
  totalIntents!: number;

  @Field()
  updatedAt!: Date;
}

const date = (v: unknown): Date => new Date(v as string);
const dateOrNull = (v: unknown): Date | null => (v == null ? null : new Date(v as string));

function reviveSlot(s: LiveSlotModel | null): LiveSlotModel | null {
  return s
    ? {
        ...s,
        startsAt: date(s.startsAt),
        endsAt: date(s.endsAt),
        startedAt: dateOrNull(s.startedAt),
        plannedEnd: date(s.plannedEnd),
      }
    : null;
}

/** The state as it arrives over pub/sub (JSON across replicas: instants as strings), with dates again. */
export function reviveLiveState(state: RoadshowLiveStateModel): RoadshowLiveStateModel {
  return {
    ...state,
    currentSlot: reviveSlot(state.currentSlot),
    nextSlot: reviveSlot(state.nextSlot),
    slots: state.slots.map((s) => reviveSlot(s) as LiveSlotModel),
    updatedAt: date(state.updatedAt),
  };
}
