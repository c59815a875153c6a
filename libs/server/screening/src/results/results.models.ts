import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Decision, SixCan } from '@sixcan/domain';
import { Connection, LocalizedText, PageArgs } from '@sixcan/server-core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import '../graphql-enums';
import { CriterionScoreModel } from '../review/review.models';
import { ReviewerProfileModel } from '../reviewer/reviewer.models';

@ObjectType('CanCount', { description: 'Verdicts on one can over a project’s submitted reviews.' })
export class CanCountModel {
  @Field(() => SixCan)
  can!: SixCan;

  @Field(() => Int)
  pass!: number;

  @Field(() => Int)
  fail!: number;

  @Field(() => Int)
  unsure!: number;
}

@ObjectType('GateOutcome', { description: 'The six-can gate: fails when most reviews FAIL a mandatory can.' })
export class GateModel {
  @Field()
  passed!: boolean;

  @Field(() => [SixCan])
  failedCans!: SixCan[];

  @Field(() => [CanCountModel])
  counts!: CanCountModel[];
}

@ObjectType('DecisionOverride')
export class OverrideModel {
  @Field(() => Decision)
  decision!: Decision;

  @Field()
  reason!: string;

  @Field({ description: 'Who overrode (display name).' })
  by!: string;

  @Field(() => ID)
  byUserId!: string;

  @Field()
  at!: Date;
}

@ObjectType('RoundResult')
export class RoundResultModel {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  sectorCode!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of the reviews’ weighted raw scores.' })
  rawMean!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of the normalised scores, on the rubric scale.' })
  normalised!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the raw scores.' })
  disagreement!: number | null;

  @Field(() => Int)
  reviewCount!: number;

  @Field(() => Float, { nullable: true })
  minReviewerScore!: number | null;

  @Field(() => [CriterionScoreModel], { description: 'Mean raw score per criterion.' })
  perCriterion!: CriterionScoreModel[];

  @Field(() => GateModel)
  gate!: GateModel;

  @Field(() => Decision, { nullable: true, description: 'What the advance rule proposes.' })
  proposed!: Decision | null;

  @Field(() => Decision, {
    nullable: true,
    description: 'The final decision: the override, else the proposal.',
  })
  decision!: Decision | null;

  @Field(() => OverrideModel, { nullable: true })
  override!: OverrideModel | null;

  @Field({ description: 'Why the proposal: TOP_N, BELOW_TOP_N, MIN_SCORE_MET, GATE_FAILED, NO_REVIEWS, …' })
  reasonCode!: string;
}

@ObjectType()
export class RoundResultConnection extends Connection(RoundResultModel, 'RoundResult') {}

export enum RoundResultOrder {
  RANK = 'RANK',
  DISAGREEMENT = 'DISAGREEMENT',
  FEWEST_REVIEWS = 'FEWEST_REVIEWS',
}
registerEnumType(RoundResultOrder, {
  name: 'RoundResultOrder',
  description: 'RANK (default), DISAGREEMENT (most first), FEWEST_REVIEWS (fewest submitted first).',
});

@ArgsType()
export class RoundResultsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'roundId must be an id' })
  roundId!: string;

  @Field(() => RoundResultOrder, { nullable: true, defaultValue: RoundResultOrder.RANK })
  @IsOptional()
  @IsEnum(RoundResultOrder)
  orderBy: RoundResultOrder = RoundResultOrder.RANK;
}

@ObjectType('ScoreBucket', { description: 'Projects whose mean score falls in [from, to).' })
export class ScoreBucketModel {
  @Field(() => Float)
  from!: number;

  @Field(() => Float)
  to!: number;

  @Field(() => Int, { description: 'Projects by raw mean.' })
  raw!: number;

  @Field(() => Int, { description: 'Projects by normalised mean.' })
  normalised!: number;
}

@ObjectType('ReviewerLeniency')
export class ReviewerLeniencyModel {
  @Field(() => ReviewerProfileModel)
  reviewer!: ReviewerProfileModel;

  @Field(() => Float, { description: 'Mean of the reviewer’s weighted raw scores.' })
  meanRaw!: number;

  @Field(() => Float, {
    description:
      'How far that mean lies from the round’s mean, in round standard deviations (harsh < 0 < lenient).',
  })
  meanZ!: number;

  @Field(() => Int, { description: 'Submitted reviews.' })
  count!: number;
}

@ObjectType('ReviewerProgress')
export class ReviewerProgressModel {
  @Field(() => ReviewerProfileModel)
  reviewer!: ReviewerProfileModel;

  @Field(() => Int, { description: 'Assignments not taken away by a conflict.' })
  assigned!: number;

  @Field(() => Int, { description: 'Assignments where the reviewer declared (no) conflict.' })
  declared!: number;

  @Field(() => Int)
  drafts!: number;

  @Field(() => Int)
  submitted!: number;
}

@ObjectType('ReviewerLoad')
export class ReviewerLoadModel {
  @Field(() => ReviewerProfileModel)
  reviewer!: ReviewerProfileModel;

  @Field(() => Int)
  load!: number;

  @Field(() => Int, { description: 'The lower of the reviewer’s and the round’s max load.' })
  maxLoad!: number;

  @Field(() => Int, { description: 'Assigned projects in the reviewer’s sectors.' })
  sectorMatches!: number;
}

@ObjectType('BlockedProject')
export class BlockedProjectModel {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => Int)
  eligibleReviewers!: number;
}

@ObjectType('AssignmentPreview')
export class AssignmentPreviewModel {
  @Field()
  feasible!: boolean;

  @Field(() => Int, { description: 'Reviews needed: projects × reviewers per project.' })
  needed!: number;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  shortfall!: number;

  @Field(() => Int)
  projectCount!: number;

  @Field(() => Int, { description: 'Detected conflicts not recorded yet (recorded when the round opens).' })
  newConflicts!: number;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => [ReviewerLoadModel])
  loads!: ReviewerLoadModel[];

  @Field(() => [BlockedProjectModel])
  blockedProjects!: BlockedProjectModel[];
}

@ObjectType('ReleasedFeedback')
export class ReleasedFeedbackModel {
  @Field(() => Int)
  roundOrdinal!: number;

  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field()
  releasedAt!: Date;
}
