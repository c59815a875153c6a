import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AdvanceRuleKind, ScreeningRoundStatus, SixCan } from '@sixcan/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import '../graphql-enums';
import { RoundJobState, ScreeningRound } from './screening-round.entity';

@ObjectType('AdvanceRule')
export class AdvanceRuleModel {
  @Field(() => AdvanceRuleKind)
  kind!: AdvanceRuleKind;

  @Field(() => Int, { nullable: true, description: 'TOP_N: how many advance.' })
  n!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'MIN_SCORE: the lowest normalised score that advances.',
  })
  minScore!: number | null;
}

@ObjectType('RoundJob', { description: 'The assignment job of a round being opened.' })
export class RoundJobModel {
  @Field(() => RoundJobState)
  state!: RoundJobState;

  @Field(() => Float, { description: '0 to 1.' })
  progress!: number;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

@ObjectType('ScreeningRound')
export class ScreeningRoundModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => Int)
  ordinal!: number;

  @Field(() => ScreeningRoundStatus)
  status!: ScreeningRoundStatus;

  @Field(() => [SixCan], { description: 'The six-can checks reviewers judge in this round.' })
  cans!: SixCan[];

  @Field(() => [String], { description: 'Codes of the programme’s rubric criteria scored in this round.' })
  criteria!: string[];

  @Field(() => Int)
  reviewersPerProject!: number;

  @Field(() => Int)
  maxLoad!: number;

  @Field()
  deadline!: Date;

  @Field({ description: 'Advancing from the last round shortlists the project.' })
  lastRound!: boolean;

  @Field(() => AdvanceRuleModel)
  advanceRule!: AdvanceRuleModel;

  @Field(() => RoundJobModel, { nullable: true })
  assignmentJob!: RoundJobModel | null;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field()
  createdAt!: Date;
}

export const toRoundModel = (r: ScreeningRound): ScreeningRoundModel => ({
  id: r.id,
  programmeId: r.programmeId,
  ordinal: r.ordinal,
  status: r.status,
  cans: r.cans,
  criteria: r.criteria,
  reviewersPerProject: r.reviewersPerProject,
  maxLoad: r.maxLoad,
  deadline: r.deadline,
  lastRound: r.lastRound,
  advanceRule: { kind: r.advanceRuleKind, n: r.advanceN, minScore: r.advanceMinScore },
  assignmentJob: r.jobState ? { state: r.jobState, progress: r.jobProgress, message: r.jobMessage } : null,
  openedAt: r.openedAt,
  closedAt: r.closedAt,
  decidedAt: r.decidedAt,
  createdAt: r.createdAt,
});

@InputType()
export class AdvanceRuleInput {
  @Field(() => AdvanceRuleKind)
  @IsEnum(AdvanceRuleKind)
  kind!: AdvanceRuleKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  n?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  minScore?: number | null;
}

/** A round's settings; every field optional so the same shape serves updates. */
@InputType()
export class ScreeningRoundUpdateInput {
  @Field(() => [SixCan], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SixCan, { each: true })
  cans?: SixCan[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z0-9_]{1,20}$/, { each: true, message: 'criteria are rubric criterion codes' })
  criteria?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  reviewersPerProject?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxLoad?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  deadline?: Date;

  @Field(() => AdvanceRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdvanceRuleInput)
  advanceRule?: AdvanceRuleInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  lastRound?: boolean;
}

@InputType()
export class ScreeningRoundInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId!: string;

  @Field(() => [SixCan])
  @ArrayMaxSize(6)
  @IsEnum(SixCan, { each: true })
  cans!: SixCan[];

  @Field(() => [String])
  @ArrayMaxSize(20)
  @Matches(/^[A-Z0-9_]{1,20}$/, { each: true, message: 'criteria are rubric criterion codes' })
  criteria!: string[];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20)
  reviewersPerProject!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  maxLoad!: number;

  @Field()
  @Type(() => Date)
  @IsDate()
  deadline!: Date;

  @Field(() => AdvanceRuleInput)
  @ValidateNested()
  @Type(() => AdvanceRuleInput)
  advanceRule!: AdvanceRuleInput;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  lastRound?: boolean;
}
