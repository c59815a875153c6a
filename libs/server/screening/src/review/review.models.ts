import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Recommendation, ReviewStatus, SixCan, Verdict } from '@sixcan/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../graphql-enums';
import { Review } from './review.entity';

@ObjectType('CriterionScore')
export class CriterionScoreModel {
  @Field()
  criterion!: string;

  @Field(() => Float, { description: 'A review’s score (whole number), or a mean in results.' })
  score!: number;
}

@ObjectType('CanVerdict')
export class CanVerdictModel {
  @Field(() => SixCan)
  can!: SixCan;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('Review', { description: 'A reviewer’s own review; nobody else’s is ever shown to them.' })
export class ReviewModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  assignmentId!: string;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field(() => [CriterionScoreModel])
  scores!: CriterionScoreModel[];

  @Field(() => [CanVerdictModel])
  verdicts!: CanVerdictModel[];

  @Field(() => Recommendation, { nullable: true })
  recommendation!: Recommendation | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field()
  updatedAt!: Date;
}

export const toReviewModel = (r: Review): ReviewModel => ({
  id: r.id,
  assignmentId: r.assignmentId,
  status: r.status,
  scores: r.scores,
  verdicts: r.verdicts.map((v) => ({ ...v, note: v.note ?? null })),
  recommendation: r.recommendation,
  comment: r.comment,
  submittedAt: r.submittedAt,
  updatedAt: r.updatedAt,
});

@InputType()
export class CriterionScoreInput {
  @Field()
  @Matches(/^[A-Z0-9_]{1,20}$/, { message: 'criterion is a rubric criterion code' })
  criterion!: string;

  @Field(() => Int)
  @IsInt({ message: 'scores are whole numbers' })
  score!: number;
}

@InputType()
export class CanVerdictInput {
  @Field(() => SixCan)
  @IsEnum(SixCan)
  can!: SixCan;

  @Field(() => Verdict)
  @IsEnum(Verdict)
  verdict!: Verdict;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** A draft review: what is given replaces what was saved; omitted parts stay. */
@InputType()
export class ReviewInput {
  @Field(() => [CriterionScoreInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores?: CriterionScoreInput[];

  @Field(() => [CanVerdictInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => CanVerdictInput)
  verdicts?: CanVerdictInput[];

  @Field(() => Recommendation, { nullable: true })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  comment?: string | null;
}
