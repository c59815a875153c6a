import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalizedText, LocalizedTextInput, PageArgs } from '@sixcan/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { HandbookJob } from './handbook-job.entity';
import { HandbookJobStatus, HandbookLanguages } from './handbook.types';

registerEnumType(HandbookJobStatus, {
  name: 'HandbookJobStatus',
  description: 'QUEUED → RUNNING → SUCCEEDED | FAILED.',
});
registerEnumType(HandbookLanguages, {
  name: 'HandbookLanguages',
  description: 'ZH_EN: both, Chinese first; ZH or EN: one language (the other where a text is missing).',
});

@InputType()
export class HandbookOptionsInput {
  @Field(() => HandbookLanguages, { nullable: true, description: 'ZH_EN unless given.' })
  @IsOptional()
  @IsEnum(HandbookLanguages)
  languages?: HandbookLanguages | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Print contact names, e-mails and phones (personal data). False unless given.',
  })
  @IsOptional()
  @IsBoolean()
  includeContacts?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Only projects in these sectors of the programme.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  sectorCodes?: string[] | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Printed instead of the programme title.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title?: LocalizedTextInput | null;
}

@ObjectType('HandbookOptions')
export class HandbookOptionsModel {
  @Field(() => HandbookLanguages)
  languages!: HandbookLanguages;

  @Field()
  includeContacts!: boolean;

  @Field(() => [String], { nullable: true, description: 'Null: every sector.' })
  sectorCodes!: string[] | null;

  @Field(() => LocalizedText, { nullable: true })
  title!: LocalizedText | null;
}

@ObjectType('HandbookJob', { description: 'A handbook being written in the background; poll handbookJob.' })
export class HandbookJobModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => HandbookJobStatus)
  status!: HandbookJobStatus;

  @Field(() => Int, { description: '0–100.' })
  progress!: number;

  @Field(() => Int, { description: 'Project pages written so far.' })
  processed!: number;

  @Field(() => Int, { description: 'Projects in the handbook.' })
  total!: number;

  @Field(() => ID, { nullable: true, description: 'The bilingual PDF: GET /files/{id}.' })
  pdfFileId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The spreadsheet of the same projects: GET /files/{id}.' })
  xlsxFileId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => HandbookOptionsModel)
  options!: HandbookOptionsModel;
}

@ObjectType()
export class HandbookJobConnection extends Connection(HandbookJobModel, 'HandbookJob') {}

@ArgsType()
export class HandbookJobsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId!: string;
}

export const toHandbookJobModel = (j: HandbookJob): HandbookJobModel => ({
  id: j.id,
  programmeId: j.programmeId,
  status: j.status,
  progress: j.progress,
  processed: j.processed,
  total: j.total,
  pdfFileId: j.pdfFileId,
  xlsxFileId: j.xlsxFileId,
  error: j.error,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
  options: {
    languages: j.options.languages,
    includeContacts: j.options.includeContacts,
    sectorCodes: j.options.sectorCodes,
    title: j.options.title ? { zh: j.options.title.zh ?? null, en: j.options.title.en ?? null } : null,
  },
});
