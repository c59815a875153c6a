import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CooperationMode, PartnerKind } from '@sixcan/domain';
import { Connection, LocalizedText, LocalizedTextInput, MoneyModel, PageArgs } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import '../graphql-enums';
import { AmountInput, moneyOf } from '../money-input';
import { Partner } from './partner.entity';

@ObjectType('PartnerInterests', { description: 'What a partner looks for; drives recommendations.' })
export class PartnerInterestsModel {
  @Field(() => [String])
  sectors!: string[];

  @Field(() => Int, { nullable: true })
  trlMin!: number | null;

  @Field(() => Int, { nullable: true })
  trlMax!: number | null;

  @Field(() => [CooperationMode])
  cooperationModes!: CooperationMode[];

  @Field(() => MoneyModel, { nullable: true })
  ticketMin!: MoneyModel | null;

  @Field(() => MoneyModel, { nullable: true })
  ticketMax!: MoneyModel | null;

  @Field(() => [String], {
    description: 'ISO 3166-1 countries or region codes (EU, ASEAN, WORLD, …); empty: anywhere.',
  })
  regions!: string[];
}

@ObjectType('ParkProfile', { description: 'What a park offers a landing project.' })
export class ParkProfileModel {
  @Field(() => [String])
  chainFocus!: string[];

  @Field(() => Int, { nullable: true })
  availableSpaceM2!: number | null;

  @Field(() => [String])
  incentives!: string[];
}

@ObjectType('Partner', { description: 'An investor, park or enterprise of the organisation.' })
export class PartnerModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => PartnerInterestsModel)
  interests!: PartnerInterestsModel;

  @Field(() => ParkProfileModel, { nullable: true, description: 'Parks only.' })
  park!: ParkProfileModel | null;

  @Field(() => [String], { description: 'E-mail addresses of the people acting for the partner.' })
  memberEmails!: string[];

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class PartnerConnection extends Connection(PartnerModel, 'Partner') {}

export const toPartnerModel = (p: Partner, memberEmails: string[]): PartnerModel => ({
  id: p.id,
  kind: p.kind,
  name: { zh: p.nameZh, en: p.nameEn },
  country: p.country,
  description: { zh: p.descriptionZh, en: p.descriptionEn },
  interests: {
    sectors: p.sectors,
    trlMin: p.trlMin,
    trlMax: p.trlMax,
    cooperationModes: p.cooperationModes,
    ticketMin: moneyOf(p.ticketMinMinor, p.ticketCurrency),
    ticketMax: moneyOf(p.ticketMaxMinor, p.ticketCurrency),
    regions: p.regions,
  },
  park:
    p.kind === PartnerKind.PARK
      ? { chainFocus: p.chainFocus, availableSpaceM2: p.availableSpaceM2, incentives: p.incentives }
      : null,
  memberEmails,
  version: p.version,
  createdAt: p.createdAt,
});

@InputType()
export class PartnerInterestsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  sectors?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number | null;

  @Field(() => [CooperationMode], { nullable: true })
  @IsOptional()
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[] | null;

  @Field(() => AmountInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountInput)
  ticketMin?: AmountInput | null;

  @Field(() => AmountInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountInput)
  ticketMax?: AmountInput | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z_]{2,20}$/, { each: true, message: 'regions are ISO 3166-1 alpha-2 codes or region codes' })
  regions?: string[] | null;
}

@InputType()
export class ParkProfileInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  chainFocus?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  availableSpaceM2?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  incentives?: string[] | null;
}

@InputType()
export class PartnerInput {
  @Field(() => PartnerKind, { nullable: true, description: 'Required when creating.' })
  @IsOptional()
  @IsEnum(PartnerKind)
  kind?: PartnerKind | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Required (zh or en) when creating.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => PartnerInterestsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerInterestsInput)
  interests?: PartnerInterestsInput | null;

  @Field(() => ParkProfileInput, { nullable: true, description: 'Parks only.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParkProfileInput)
  park?: ParkProfileInput | null;

  @Field(() => [String], {
    nullable: true,
    description: 'People acting for the partner: members get the PARTNER role, others an invitation.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsEmail({}, { each: true, message: 'memberEmails must be e-mail addresses' })
  memberEmails?: string[] | null;

  @Field({ nullable: true, defaultValue: 'zh-CN', description: 'Language of invitations: zh-CN or en.' })
  @IsOptional()
  @IsString()
  locale?: string;
}

@ArgsType()
export class PartnersArgs extends PageArgs {
  @Field(() => PartnerKind, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerKind)
  kind?: PartnerKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
