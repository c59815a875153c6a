import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ChannelKind,
  CooperationMode,
  IpStatus,
  ProgrammeStatus,
  ProjectSource,
  ProjectStatus,
  SixCan,
} from '@sixcan/domain';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ImportMode, ImportStatus } from './import/project-import.entity';

registerEnumType(SixCan, {
  name: 'SixCan',
  description: 'The six-can criteria: can attend, convert, transfer, trade, cross borders, land locally.',
});
registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(CooperationMode, { name: 'CooperationMode' });
registerEnumType(IpStatus, { name: 'IpStatus' });
registerEnumType(ChannelKind, { name: 'ChannelKind' });
registerEnumType(ProjectSource, { name: 'ProjectSource' });
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: 'ALL_OR_NOTHING writes nothing when any row is wrong; VALID_ROWS_ONLY writes the good rows.',
});
registerEnumType(ImportStatus, { name: 'ImportStatus' });

export enum SpreadsheetFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(SpreadsheetFormat, { name: 'SpreadsheetFormat' });

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

@ObjectType('Sector')
export class SectorModel {
  @Field()
  code!: string;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;
}

@InputType()
export class SectorInput {
  @Field()
  @Matches(/^[A-Z0-9_]{1,20}$/, { message: 'sector code: 1–20 capital letters, digits or _' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  nameZh!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  nameEn!: string;
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

@InputType()
export class RubricCriterionInput {
  @Field()
  @Matches(/^[A-Z0-9_]{1,20}$/, { message: 'criterion code: 1–20 capital letters, digits or _' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  nameZh!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  nameEn!: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0.01)
  @Max(100)
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

@InputType()
export class MoneyInput {
  @Field({ description: 'Decimal string in major units, e.g. "1500000" or "1500000.50".' })
  @IsString()
  @MaxLength(30)
  amount!: string;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
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

@InputType()
export class AvailabilityWindowInput {
  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;
}

@ObjectType('AvailabilityWindow')
export class AvailabilityWindowModel {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}
