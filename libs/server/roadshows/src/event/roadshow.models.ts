import { ArgsType, Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { RoadshowMode, RoadshowStatus, SLOT_MINUTES } from '@sixcan/domain';
import { Connection, LocalizedText, LocalizedTextInput, PageArgs } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import '../graphql-enums';
import { RoadshowPlanModel } from '../slot/slot.models';
import { RoadshowEvent } from './roadshow.entity';

@ObjectType('PeriodicBreak', { description: 'A break of `minutes` after every `afterEverySlots` slots.' })
export class PeriodicBreakModel {
  @Field(() => Int)
  afterEverySlots!: number;

  @Field(() => Int)
  minutes!: number;
}

@ObjectType('TimeWindow', { description: 'A span of time, UTC instants.' })
export class TimeWindowModel {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('RoadshowBreaks')
export class RoadshowBreaksModel {
  @Field(() => PeriodicBreakModel, { nullable: true })
  every!: PeriodicBreakModel | null;

  @Field(() => [TimeWindowModel])
  windows!: TimeWindowModel[];
}

@ObjectType('RoadshowCommentator', { description: 'A member assigned to critique the event’s pitches.' })
export class RoadshowCommentatorModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;
}

@ObjectType('Roadshow', { description: 'A roadshow event of a programme (organizers).' })
export class RoadshowModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => RoadshowMode)
  mode!: RoadshowMode;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true })
  streamUrl!: string | null;

  @Field({ description: 'Start of the broadcast window (UTC).' })
  startsAt!: Date;

  @Field({ description: 'End of the broadcast window (UTC).' })
  endsAt!: Date;

  @Field({ description: 'IANA display zone of the event, e.g. Asia/Shanghai.' })
  timeZone!: string;

  @Field(() => Int)
  slotMinutes!: number;

  @Field(() => RoadshowBreaksModel)
  breaks!: RoadshowBreaksModel;

  @Field(() => RoadshowStatus)
  status!: RoadshowStatus;

  @Field(() => [ID], { description: 'The projects on the programme, in the order they were added.' })
  projectIds!: string[];

  @Field(() => [RoadshowCommentatorModel])
  commentators!: RoadshowCommentatorModel[];

  @Field(() => RoadshowPlanModel, { description: 'The stored plan: slots, breaks, warnings, unplaced.' })
  plan!: RoadshowPlanModel;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  /** The stored event (not a GraphQL field): the field resolvers read its plan and zone. */
  source!: RoadshowEvent;
}

export const toRoadshowModel = (e: RoadshowEvent): RoadshowModel => ({
  id: e.id,
  programmeId: e.programmeId,
  title: { zh: e.titleZh, en: e.titleEn },
  mode: e.mode,
  venue: e.venue,
  streamUrl: e.streamUrl,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  timeZone: e.timeZone,
  slotMinutes: e.slotMinutes,
  breaks: {
    every:
      e.breakAfterEverySlots && e.breakMinutes
        ? { afterEverySlots: e.breakAfterEverySlots, minutes: e.breakMinutes }
        : null,
    windows: e.breakWindows.map((w) => ({ startsAt: new Date(w.start), endsAt: new Date(w.end) })),
  },
  status: e.status,
  // Resolved per request by the field resolvers (batched).
  projectIds: [],
  commentators: [],
  plan: null as unknown as RoadshowPlanModel,
  publishedAt: e.publishedAt,
  startedAt: e.startedAt,
  endedAt: e.endedAt,
  version: e.version,
  createdAt: e.createdAt,
  source: e,
});

@ObjectType()
export class RoadshowConnection extends Connection(RoadshowModel, 'Roadshow') {}

@InputType()
export class PeriodicBreakInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  afterEverySlots!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;
}

@InputType()
export class TimeWindowInput {
  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;
}

@InputType()
export class RoadshowBreaksInput {
  @Field(() => PeriodicBreakInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodicBreakInput)
  every?: PeriodicBreakInput | null;

  @Field(() => [TimeWindowInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TimeWindowInput)
  windows?: TimeWindowInput[] | null;
}

@InputType()
export class RoadshowFieldsInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;

  @Field(() => RoadshowMode)
  @IsEnum(RoadshowMode)
  mode!: RoadshowMode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'https only.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  streamUrl?: string | null;

  @Field({ description: 'Start of the broadcast window (an instant with an offset).' })
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field({ description: 'IANA display zone, e.g. Asia/Shanghai.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => Int, { description: `Whole minutes, ${SLOT_MINUTES.min}–${SLOT_MINUTES.max}.` })
  @IsInt()
  slotMinutes!: number;

  @Field(() => RoadshowBreaksInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoadshowBreaksInput)
  breaks?: RoadshowBreaksInput | null;
}

@InputType()
export class CreateRoadshowInput extends RoadshowFieldsInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;
}

@InputType()
export class UpdateRoadshowInput extends PartialType(RoadshowFieldsInput, InputType) {}

@ArgsType()
export class RoadshowsArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  programmeId!: string;
}
