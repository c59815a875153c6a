import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LOCALES } from '@sixcan/domain';
import { Connection, PageArgs } from '@sixcan/server-core';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ReviewerProfile } from './reviewer-profile.entity';

@ObjectType('ReviewerProfile')
export class ReviewerProfileModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null until the invited reviewer has signed in.' })
  userId!: string | null;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [String], { description: 'Sector codes of the reviewer’s expertise.' })
  sectors!: string[];

  @Field(() => [String], { description: 'Languages the reviewer reads: zh, en.' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  affiliation!: string | null;

  @Field()
  emailDomain!: string;

  @Field(() => Int)
  maxLoad!: number;

  @Field(() => Int, { description: 'Assignments in open rounds not blocked by a conflict.' })
  activeAssignments!: number;
}

@ObjectType()
export class ReviewerProfileConnection extends Connection(ReviewerProfileModel, 'ReviewerProfile') {}

export const toReviewerModel = (r: ReviewerProfile, activeAssignments = 0): ReviewerProfileModel => ({
  id: r.id,
  userId: r.userId,
  email: r.email,
  displayName: r.displayName,
  sectors: r.sectors,
  languages: r.languages,
  country: r.country,
  affiliation: r.affiliation,
  emailDomain: r.emailDomain,
  maxLoad: r.maxLoad,
  activeAssignments,
});

const LANGUAGES = ['zh', 'en'];

@InputType()
export class ReviewerProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z0-9_]{1,20}$/, { each: true, message: 'sectors are sector codes' })
  sectors?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2)
  @IsIn(LANGUAGES, { each: true, message: 'languages are zh or en' })
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  affiliation?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  maxLoad?: number;
}

@InputType()
export class InviteReviewerInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Language of the invitation: zh-CN or en.' })
  @IsIn(LOCALES)
  locale!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @Matches(/^[A-Z0-9_]{1,20}$/, { each: true, message: 'sectors are sector codes' })
  sectors!: string[];

  @Field(() => [String])
  @ArrayMaxSize(2)
  @IsIn(LANGUAGES, { each: true, message: 'languages are zh or en' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country is an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  affiliation?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  maxLoad!: number;
}

@ArgsType()
export class ReviewerProfilesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, e-mail or affiliation.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
