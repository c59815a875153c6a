import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CooperationMode, IpStatus, ScreeningRoundStatus, SixCan } from '@sixcan/domain';
import {
  Connection,
  FileRefModel,
  LocalizedText,
  MoneyModel,
  PageArgs,
  RubricCriterionModel,
  SelfAssessmentItemModel,
} from '@sixcan/server-core';
import { IsOptional, IsUUID } from 'class-validator';
import '../graphql-enums';
import { ReviewModel } from '../review/review.models';
import { ReviewerProfileModel } from '../reviewer/reviewer.models';

@ObjectType('ReviewRound', {
  description: 'A round as its reviewers see it: what to judge, on which scale, by when.',
})
export class ReviewRoundModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => LocalizedText)
  programmeTitle!: LocalizedText;

  @Field(() => Int)
  ordinal!: number;

  @Field()
  deadline!: Date;

  @Field(() => ScreeningRoundStatus)
  status!: ScreeningRoundStatus;

  @Field(() => [SixCan])
  cans!: SixCan[];

  @Field(() => [String])
  criteria!: string[];

  @Field(() => [RubricCriterionModel], { description: 'The round’s criteria with names and weights.' })
  rubric!: RubricCriterionModel[];

  @Field(() => Int, { description: 'Lowest score on the scale.' })
  scaleMin!: number;

  @Field(() => Int, { description: 'Highest score on the scale (the programme’s rubric scale).' })
  scaleMax!: number;
}

@ObjectType('ReviewProject', { description: 'What a reviewer reads about an assigned project.' })
export class ReviewProjectModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => String, { nullable: true })
  sectorCode!: string | null;

  @Field(() => LocalizedText, { nullable: true })
  sectorName!: LocalizedText | null;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => Int, { nullable: true })
  trl!: number | null;

  @Field(() => IpStatus, { nullable: true })
  ipStatus!: IpStatus | null;

  @Field(() => [CooperationMode])
  cooperationModes!: CooperationMode[];

  @Field(() => MoneyModel, { nullable: true })
  fundingAsk!: MoneyModel | null;

  @Field(() => String, { nullable: true })
  team!: string | null;

  @Field(() => [SelfAssessmentItemModel])
  selfAssessment!: SelfAssessmentItemModel[];

  @Field(() => [FileRefModel])
  attachments!: FileRefModel[];
}

@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ReviewRoundModel)
  round!: ReviewRoundModel;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ReviewProjectModel)
  project!: ReviewProjectModel;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Null until declared; false once the reviewer declared no conflict; true when a conflict keeps them off.',
  })
  conflictDeclared!: boolean | null;

  @Field(() => ReviewModel, {
    nullable: true,
    description: 'The reviewer’s own review (never anyone else’s).',
  })
  review!: ReviewModel | null;

  @Field(() => ReviewerProfileModel, {
    nullable: true,
    description: 'Who reviews: shown to organizers and to the reviewer themselves only.',
  })
  reviewer!: ReviewerProfileModel | null;
}

@ObjectType()
export class AssignmentConnection extends Connection(AssignmentModel, 'Assignment') {}

@ArgsType()
export class MyAssignmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'roundId must be an id' })
  roundId?: string | null;
}

@ArgsType()
export class RoundAssignmentsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'roundId must be an id' })
  roundId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be an id' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'reviewerProfileId must be an id' })
  reviewerProfileId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only assignments a conflict keeps vacant.' })
  @IsOptional()
  vacantOnly?: boolean | null;
}
