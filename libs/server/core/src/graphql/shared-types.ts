import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SixCan } from '@sixcan/domain';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import './enums';

// GraphQL types that several contexts show (a project's title in intake and in screening): defined once, here.

@ObjectType('LocalizedText', { description: 'Text people write in Chinese, English or both.' })
export class LocalizedText {
  @Field(() => String, { nullable: true })
  zh!: string | null;

  @Field(() => String, { nullable: true })
  en!: string | null;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  zh?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  en?: string | null;
}

@ObjectType('RubricCriterion')
export class RubricCriterionModel {
  @Field()
  code!: string;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Float, { description: 'Relative weight; weights are normalised to sum to 1.' })
  weight!: number;
}

@ObjectType('Money', {
  description: 'An amount in major units as a decimal string, with its ISO 4217 currency.',
})
export class MoneyModel {
  @Field({ description: 'Decimal string in major units, e.g. "1500000.00".' })
  amount!: string;

  @Field()
  currency!: string;
}

@ObjectType('FileRef', { description: 'A stored file; download it from `url` with the bearer token.' })
export class FileRefModel {
  @Field()
  id!: string;

  @Field()
  filename!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field()
  url!: string;
}

@ObjectType('SelfAssessmentItem', {
  description: 'The applicant’s claim, with evidence, for one of the six cans.',
})
export class SelfAssessmentItemModel {
  @Field(() => SixCan)
  can!: SixCan;

  @Field()
  claim!: string;

  @Field(() => String, { nullable: true })
  evidence!: string | null;
}
