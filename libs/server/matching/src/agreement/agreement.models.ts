import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AgreementKind, CeremonyMode } from '@sixcan/domain';
import { Connection, LocalizedText, LocalizedTextInput, MoneyModel } from '@sixcan/server-core';
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
import { AmountInput, moneyOf } from '../money-input';
import type { Agreement } from './agreement.entity';
import { ListArgs } from '../page';

@ObjectType('Agreement', { description: 'A signed cooperation record from a deal.' })
export class AgreementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  dealId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => [String])
  parties!: string[];

  @Field(() => ID, { nullable: true })
  ceremonyId!: string | null;

  @Field()
  signedAt!: Date;

  @Field(() => MoneyModel)
  committed!: MoneyModel;

  @Field(() => MoneyModel)
  realised!: MoneyModel;

  @Field(() => Date, { nullable: true })
  realisedAt!: Date | null;

  @Field(() => String, { nullable: true })
  registeredEntity!: string | null;

  @Field(() => ID, { nullable: true, description: 'The park it landed in.' })
  landingPartnerId!: string | null;

  @Field(() => Int, { nullable: true })
  jobsCreated!: number | null;

  @Field(() => [ID])
  documentFileIds!: string[];
}

@ObjectType('SigningCeremony', { description: 'A cloud or on-site signing, grouping its agreements.' })
export class CeremonyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => CeremonyMode)
  mode!: CeremonyMode;

  @Field()
  heldAt!: Date;

  @Field()
  timeZone!: string;

  @Field(() => String, { nullable: true })
  venue!: string | null;
}

@ObjectType()
export class AgreementConnection extends Connection(AgreementModel, 'Agreement') {}

@ObjectType()
export class SigningCeremonyConnection extends Connection(CeremonyModel, 'SigningCeremony') {}

@ObjectType('AgreementsSummary', { description: 'Every agreement of the organisation, summed.' })
export class AgreementsSummaryModel {
  @Field(() => Int)
  count!: number;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'Committed, in the FX table’s base currency; null while the table has no base.',
  })
  committed!: MoneyModel | null;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'Realised so far, in the FX table’s base currency; null while the table has no base.',
  })
  realised!: MoneyModel | null;

  @Field(() => [String], { description: 'Currencies left out of the sums for want of a rate.' })
  missingRates!: string[];

  @Field(() => Int, { description: 'Agreements with a recorded realisation.' })
  landed!: number;
}

@ArgsType()
export class AgreementsArgs extends ListArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ceremonyId must be an id' })
  ceremonyId?: string | null;
}

@InputType()
export class RecordAgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'dealId must be an id' })
  dealId!: string;

  @Field(() => AgreementKind)
  @IsEnum(AgreementKind)
  kind!: AgreementKind;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  parties!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ceremonyId must be an id' })
  ceremonyId?: string | null;

  @Field()
  @Type(() => Date)
  @IsDate()
  signedAt!: Date;

  @Field(() => AmountInput)
  @ValidateNested()
  @Type(() => AmountInput)
  committed!: AmountInput;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  documentFileIds?: string[] | null;
}

@InputType()
export class RealisationInput {
  @Field(() => AmountInput, { description: 'Realised so far, in the agreement’s currency.' })
  @ValidateNested()
  @Type(() => AmountInput)
  realised!: AmountInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  registeredEntity?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  landingPartnerId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  jobsCreated?: number | null;
}

@InputType()
export class CeremonyInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;

  @Field(() => CeremonyMode)
  @IsEnum(CeremonyMode)
  mode!: CeremonyMode;

  @Field()
  @Type(() => Date)
  @IsDate()
  heldAt!: Date;

  @Field({ description: 'IANA zone the ceremony is shown in, e.g. Asia/Shanghai.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venue?: string | null;
}

export const toAgreementModel = (a: Agreement): AgreementModel => ({
  id: a.id,
  dealId: a.dealId,
  projectId: a.projectId,
  partnerId: a.partnerId,
  kind: a.kind,
  parties: a.parties,
  ceremonyId: a.ceremonyId,
  signedAt: a.signedAt,
  committed: moneyOf(a.committedMinor, a.currency) ?? { amount: '0', currency: a.currency },
  realised: moneyOf(a.realisedMinor, a.currency) ?? { amount: '0', currency: a.currency },
  realisedAt: a.realisedAt,
  registeredEntity: a.registeredEntity,
  landingPartnerId: a.landingPartnerId,
  jobsCreated: a.jobsCreated,
  documentFileIds: a.documentFileIds,
});
