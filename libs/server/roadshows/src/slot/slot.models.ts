import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanMode, PlanWarningCode, SlotDelivery, SlotFit, SlotReason, SlotStatus } from '@sixcan/domain';
import { LocalizedText } from '@sixcan/server-core';
import '../graphql-enums';

@ObjectType('SlotExplanation')
export class SlotExplanationModel {
  @Field(() => SlotReason)
  code!: SlotReason;

  @Field(() => SlotFit)
  fit!: SlotFit;

  @Field({ description: 'The presenter’s local start, HH:mm.' })
  local!: string;
}

@ObjectType('RoadshowSlot', { description: 'A pitch of the programme as stored.' })
export class RoadshowSlotModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 country of the project.' })
  country!: string | null;

  @Field(() => Int, { description: '1 for the first pitch.' })
  order!: number;

  @Field({ description: 'UTC.' })
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: 'IANA zone of the presenter.' })
  presenterTimeZone!: string;

  @Field({ description: 'Start in the presenter’s zone, ISO 8601 with its offset at that instant.' })
  presenterLocalStart!: string;

  @Field()
  presenterLocalEnd!: string;

  @Field({ description: 'Start in the event’s display zone, ISO 8601 with offset.' })
  displayStart!: string;

  @Field()
  displayEnd!: string;

  @Field(() => SlotDelivery)
  delivery!: SlotDelivery;

  @Field(() => SlotStatus)
  status!: SlotStatus;

  @Field(() => SlotExplanationModel)
  explanation!: SlotExplanationModel;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('PlannedBreak')
export class PlannedBreakModel {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field()
  displayStart!: string;

  @Field()
  displayEnd!: string;
}

@ObjectType('PlanWarning', {
  description: 'A problem of the plan; which fields are set depends on the code.',
})
export class PlanWarningModel {
  @Field(() => PlanWarningCode)
  code!: PlanWarningCode;

  @Field({ description: 'English, for logs; the web translates by code.' })
  message!: string;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field(() => Int, { nullable: true })
  order!: number | null;

  @Field(() => String, { nullable: true, description: 'The presenter’s local start, HH:mm.' })
  local!: string | null;

  @Field(() => Int, { nullable: true, description: 'WINDOW_TOO_SHORT: slots needed.' })
  needed!: number | null;

  @Field(() => Int, { nullable: true, description: 'WINDOW_TOO_SHORT: slots the window holds.' })
  fits!: number | null;

  @Field(() => Int, { nullable: true, description: 'LIVE_BELOW_OPTIMUM: live pitches in this order.' })
  live!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'LIVE_BELOW_OPTIMUM: live pitches in the optimised order.',
  })
  optimum!: number | null;
}

@ObjectType('PlanSummary')
export class PlanSummaryModel {
  @Field(() => Int)
  live!: number;

  @Field(() => Int)
  prerecorded!: number;

  @Field(() => Int, { description: 'Live inside 09:00–18:00 local.' })
  preferred!: number;

  @Field(() => Int)
  unplaced!: number;
}

@ObjectType('UnplacedProject', { description: 'A project the window could not hold.' })
export class UnplacedProjectModel {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;
}

@ObjectType('RoadshowPlan')
export class RoadshowPlanModel {
  @Field(() => PlanMode)
  mode!: PlanMode;

  @Field(() => [RoadshowSlotModel], { description: 'In programme order.' })
  slots!: RoadshowSlotModel[];

  @Field(() => [PlannedBreakModel])
  breaks!: PlannedBreakModel[];

  @Field(() => [PlanWarningModel])
  warnings!: PlanWarningModel[];

  @Field(() => [UnplacedProjectModel])
  unplaced!: UnplacedProjectModel[];

  @Field(() => PlanSummaryModel)
  summary!: PlanSummaryModel;

  @Field({ description: 'Equal plans have equal fingerprints.' })
  fingerprint!: string;
}
