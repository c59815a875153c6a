import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IntentKind, IntentLevel, IntentSource } from '@sixcan/domain';
import { Connection, MoneyModel } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import '../graphql-enums';
import { AmountInput, moneyOf } from '../money-input';
import { ListArgs } from '../page';
import { MatchIntent } from './intent.entity';

@ObjectType('MatchIntent', { description: 'A partner’s intent of one kind on a project.' })
export class IntentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => IntentKind)
  kind!: IntentKind;

  @Field(() => IntentLevel)
  level!: IntentLevel;

  @Field(() => IntentSource)
  source!: IntentSource;

  @Field(() => MoneyModel, { nullable: true })
  amount!: MoneyModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The partner’s own note: its members and organizers only.',
  })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  committedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

/** The intent as its reader may see it: the partner's note only for its members and organizers. */
export const toIntentModel = (i: MatchIntent, insider: boolean): IntentModel => ({
  id: i.id,
  partnerId: i.partnerId,
  projectId: i.projectId,
  kind: i.kind,
  level: i.level,
  source: i.source,
  amount: moneyOf(i.amountMinor, i.currency),
  note: insider ? i.note : null,
  committedAt: i.committedAt,
  version: i.version,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
});

@ObjectType()
export class MatchIntentConnection extends Connection(IntentModel, 'MatchIntent') {}

@InputType()
export class RecordIntentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be an id' })
  partnerId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'projectId must be an id' })
  projectId!: string;

  @Field(() => IntentKind)
  @IsEnum(IntentKind)
  kind!: IntentKind;

  @Field(() => IntentLevel, { nullable: true, defaultValue: IntentLevel.OBSERVING })
  @IsOptional()
  @IsEnum(IntentLevel)
  level?: IntentLevel;

  @Field(() => IntentSource, { nullable: true, defaultValue: IntentSource.OTHER })
  @IsOptional()
  @IsEnum(IntentSource)
  source?: IntentSource;

  @Field(() => AmountInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountInput)
  amount?: AmountInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;
}

@InputType()
export class UpdateIntentInput {
  @Field(() => IntentLevel, { nullable: true })
  @IsOptional()
  @IsEnum(IntentLevel)
  level?: IntentLevel | null;

  @Field(() => AmountInput, { nullable: true, description: 'null clears the amount.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmountInput)
  amount?: AmountInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the change is based on; a newer one answers CONFLICT instead of overwriting it.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@ArgsType()
export class IntentsArgs extends ListArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be an id' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be an id' })
  partnerId?: string | null;
}
