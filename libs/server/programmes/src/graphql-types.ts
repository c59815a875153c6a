import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChannelKind, ProgrammeStatus, ProjectSource } from '@sixcan/domain';
import { Type } from 'class-transformer';
import { IsDate, IsNumber, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ImportMode, ImportStatus } from './import/project-import.entity';

// Shown by several contexts, so defined in the core; re-exported for this context's models.
export {
  FileRefModel,
  LocalizedText,
  LocalizedTextInput,
  MoneyModel,
  RubricCriterionModel,
} from '@sixcan/server-core';

registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
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
