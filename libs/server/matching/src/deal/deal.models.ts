import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ActivityKind, DealStage } from '@sixcan/domain';
import { Connection } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import '../graphql-enums';
import { ListArgs } from '../page';
import { Deal } from './deal.entity';

@ObjectType('DealActivity', { description: 'A note, call, meeting or e-mail on a deal.' })
export class DealActivityModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field()
  note!: string;

  @Field(() => Date, { nullable: true })
  nextStepAt!: Date | null;

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Deal', {
  description: 'The follow-up of one project with one partner: its partner and organizers only.',
})
export class DealModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => DealStage)
  stage!: DealStage;

  @Field(() => ID, { nullable: true })
  ownerUserId!: string | null;

  @Field(() => String, { nullable: true })
  dropReason!: string | null;

  @Field(() => DealStage, { nullable: true, description: 'The stage a dropped deal left.' })
  droppedFrom!: DealStage | null;

  @Field(() => Date, { nullable: true })
  meetingAt!: Date | null;

  @Field(() => ID, { nullable: true })
  ndaFileId!: string | null;

  @Field(() => ID, { nullable: true })
  mouFileId!: string | null;

  @Field(() => Date, { nullable: true })
  nextStepAt!: Date | null;

  @Field(() => String, { nullable: true })
  nextStep!: string | null;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field()
  updatedAt!: Date;
}

export const toDealModel = (d: Deal): DealModel => ({
  id: d.id,
  partnerId: d.partnerId,
  projectId: d.projectId,
  stage: d.stage,
  ownerUserId: d.ownerUserId,
  dropReason: d.dropReason,
  droppedFrom: d.droppedFrom,
  meetingAt: d.meetingAt,
  ndaFileId: d.ndaFileId,
  mouFileId: d.mouFileId,
  nextStepAt: d.nextStepAt,
  nextStep: d.nextStep,
  lastActivityAt: d.lastActivityAt,
  version: d.version,
  updatedAt: d.updatedAt,
});

@ObjectType()
export class DealConnection extends Connection(DealModel, 'Deal') {}

@ObjectType('DealStageCount', { description: 'How many deals are at a stage (a kanban column header).' })
export class DealStageCountModel {
  @Field(() => DealStage)
  stage!: DealStage;

  @Field(() => Int)
  count!: number;
}

@InputType()
export class MoveDealInput {
  @Field(() => DealStage)
  @IsEnum(DealStage)
  to!: DealStage;

  @Field(() => String, { nullable: true, description: 'Required for DROPPED.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: 'Required for MEETING.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  meetingAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The signed NDA (stored file), required for NDA.' })
  @IsOptional()
  @IsUUID('all')
  ndaFileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The signed MoU (stored file), required for MOU.' })
  @IsOptional()
  @IsUUID('all')
  mouFileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new owner (a member of the organisation).' })
  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version seen; a newer one answers CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType()
export class DealActivityInput {
  @Field(() => ActivityKind)
  @IsEnum(ActivityKind)
  kind!: ActivityKind;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  note!: string;

  @Field(() => Date, { nullable: true, description: 'When the next step is due (sets the deal’s reminder).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  nextStepAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  nextStep?: string | null;
}

@InputType()
export class DealsFilter {
  @Field(() => [DealStage], { nullable: true })
  @IsOptional()
  @IsEnum(DealStage, { each: true })
  stages?: DealStage[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: open deals without activity for DEAL_STALE_DAYS (those the reminder calls quiet); false: the others.',
  })
  @IsOptional()
  @IsBoolean()
  stale?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text in the project’s title (Chinese or English) or the partner’s name, case-insensitive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class DealsArgs extends ListArgs {
  @Field(() => DealsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealsFilter)
  filter?: DealsFilter | null;
}
