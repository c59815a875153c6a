import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CooperationMode, ProjectStatus } from '@sixcan/domain';
import { Connection, LocalizedText, MoneyModel, PageArgs, PartnerProject } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import '../graphql-enums';
import { moneyOf } from '../money-input';

@ObjectType('PartnerProject', {
  description:
    'A project as partners see it: no scores, reviewers, contact details or other partners’ activity.',
})
export class PartnerProjectModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText)
  summary!: LocalizedText;

  @Field(() => String, { nullable: true })
  sectorCode!: string | null;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => Int, { nullable: true })
  trl!: number | null;

  @Field(() => [CooperationMode])
  cooperationModes!: CooperationMode[];

  @Field(() => MoneyModel, { nullable: true })
  fundingAsk!: MoneyModel | null;
}

export const toPartnerProjectModel = (p: PartnerProject): PartnerProjectModel => ({
  id: p.id,
  programmeId: p.programmeId,
  status: p.status,
  title: { zh: p.title.zh ?? null, en: p.title.en ?? null },
  summary: { zh: p.summary.zh ?? null, en: p.summary.en ?? null },
  sectorCode: p.sectorCode,
  country: p.country,
  organizationName: p.organizationName,
  trl: p.trl,
  cooperationModes: p.cooperationModes,
  fundingAsk: moneyOf(p.fundingAmountMinor, p.fundingCurrency),
});

@ObjectType()
export class PartnerProjectConnection extends Connection(PartnerProjectModel, 'PartnerProject') {}

@InputType()
export class PublishedProjectsFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sectorCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
export class PublishedProjectsArgs extends PageArgs {
  @Field(() => PublishedProjectsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PublishedProjectsFilter)
  filter?: PublishedProjectsFilter | null;
}
