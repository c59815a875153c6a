import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, PageArgs } from '@sixcan/server-core';
import { IsUUID } from 'class-validator';
import { ProgrammeReport } from './programme-report.entity';
import { ProgrammeReportStatus } from './report.types';

registerEnumType(ProgrammeReportStatus, {
  name: 'ProgrammeReportStatus',
  description: 'QUEUED → RUNNING → SUCCEEDED | FAILED.',
});

@ObjectType('ProgrammeReport', {
  description:
    "A programme's bureau report (bilingual PDF and XLSX of its figures, roadshows and agreements) being written in the background; poll programmeReport.",
})
export class ProgrammeReportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => ProgrammeReportStatus)
  status!: ProgrammeReportStatus;

  @Field(() => Int, { description: '0–100.' })
  progress!: number;

  @Field(() => ID, { nullable: true, description: 'The bilingual PDF (A4): GET /files/{id}.' })
  pdfFileId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The same figures as a workbook: GET /files/{id}.' })
  xlsxFileId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType()
export class ProgrammeReportConnection extends Connection(ProgrammeReportModel, 'ProgrammeReport') {}

@ArgsType()
export class ProgrammeReportsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId!: string;
}

export const toProgrammeReportModel = (r: ProgrammeReport): ProgrammeReportModel => ({
  id: r.id,
  programmeId: r.programmeId,
  status: r.status,
  progress: r.progress,
  pdfFileId: r.pdfFileId,
  xlsxFileId: r.xlsxFileId,
  error: r.error,
  createdAt: r.createdAt,
  finishedAt: r.finishedAt,
});
