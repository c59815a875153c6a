import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BidColumn, BidStatus } from '@sixcan/domain';
import { Connection, MoneyModel } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import '../graphql-enums';
import { AmountInput } from '../money-input';
import { ListArgs } from '../page';

registerEnumType(BidColumn, { name: 'BidColumn', description: 'A column of the bid comparison.' });

@ObjectType('BidTerms', { description: 'The terms of an offer.' })
export class BidTermsModel {
  @Field(() => MoneyModel, { nullable: true })
  investment!: MoneyModel | null;

  @Field(() => Float, { nullable: true, description: 'Equity share asked for the investment, %.' })
  equityPercent!: number | null;

  @Field(() => Int, { nullable: true })
  spaceM2!: number | null;

  @Field(() => Int, { nullable: true })
  rentFreeMonths!: number | null;

  @Field(() => MoneyModel, { nullable: true })
  subsidy!: MoneyModel | null;

  @Field(() => String, { nullable: true })
  otherTerms!: string | null;

  @Field(() => Date, { nullable: true })
  validUntil!: Date | null;
}

@ObjectType('BidRevision', { description: 'One version of a bid’s terms; revision 1 is the bid as placed.' })
export class BidRevisionModel {
  @Field(() => Int)
  revision!: number;

  @Field(() => BidTermsModel)
  terms!: BidTermsModel;

  @Field()
  createdAt!: Date;
}

@ObjectType('Bid', {
  description: 'A sealed offer: seen by its partner, the project’s applicant and organizers.',
})
export class BidModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => BidStatus)
  status!: BidStatus;

  @Field(() => Int)
  revision!: number;

  @Field(() => BidTermsModel)
  terms!: BidTermsModel;

  @Field(() => [BidRevisionModel], { description: 'Every version, oldest first.' })
  history!: BidRevisionModel[];

  @Field(() => String, { nullable: true, description: 'The answer’s message.' })
  responseMessage!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class BidConnection extends Connection(BidModel, 'Bid') {}

@ObjectType('BidComparisonRow', { description: 'One bid normalised to the comparison currency.' })
export class BidComparisonRowModel {
  @Field(() => BidModel)
  bid!: BidModel;

  @Field(() => MoneyModel, { nullable: true, description: 'Null when the FX table lacks a rate.' })
  investment!: MoneyModel | null;

  @Field(() => MoneyModel, { nullable: true })
  subsidy!: MoneyModel | null;

  @Field(() => MoneyModel, { nullable: true })
  total!: MoneyModel | null;

  @Field(() => MoneyModel, {
    nullable: true,
    description: 'Post-money valuation implied by investment and equity.',
  })
  impliedValuation!: MoneyModel | null;

  @Field(() => [BidColumn], { description: 'Columns in which this bid is best among standing bids.' })
  best!: BidColumn[];

  @Field(() => String, {
    nullable: true,
    description: 'The currency without a rate, when conversion failed.',
  })
  missingRate!: string | null;
}

@ObjectType('BidComparison', { description: 'All bids on a project side by side in one currency.' })
export class BidComparisonModel {
  @Field(() => ID)
  projectId!: string;

  @Field()
  currency!: string;

  @Field(() => [BidComparisonRowModel])
  rows!: BidComparisonRowModel[];

  @Field(() => [String])
  missingRates!: string[];
}

@InputType()
export class BidTermsInput {
  @Field(() => AmountInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountInput)
  investment?: AmountInput | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  equityPercent?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  spaceM2?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  rentFreeMonths?: number | null;

  @Field(() => AmountInput, {
    nullable: true,
    description: 'In the investment’s currency when both are given.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountInput)
  subsidy?: AmountInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  otherTerms?: string | null;

  @Field()
  @Type(() => Date)
  @IsDate()
  validUntil!: Date;
}

@InputType()
export class PlaceBidInput extends BidTermsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be an id' })
  partnerId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be an id' })
  projectId!: string;
}

@ArgsType()
export class BidsArgs extends ListArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be an id' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be an id' })
  partnerId?: string | null;

  @Field(() => BidStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BidStatus)
  status?: BidStatus | null;
}

@ObjectType('FxRate')
export class FxRateModel {
  @Field()
  currency!: string;

  @Field({ description: 'Units of this currency per one unit of the base currency (decimal string).' })
  rate!: string;

  @Field()
  updatedAt!: Date;
}

@ObjectType('FxTable', { description: 'The organizer’s exchange rates, used to compare bids side by side.' })
export class FxTableModel {
  @Field(() => String, { nullable: true, description: 'Null until a first rate is set.' })
  base!: string | null;

  @Field(() => [FxRateModel])
  rates!: FxRateModel[];
}

@InputType()
export class FxRateInput {
  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'base must be an ISO 4217 code such as CNY' })
  base!: string;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as USD' })
  currency!: string;

  @Field({ description: 'Units of `currency` per one unit of `base`, e.g. "0.1378" for USD per CNY.' })
  @IsString()
  @MaxLength(40)
  rate!: string;
}
