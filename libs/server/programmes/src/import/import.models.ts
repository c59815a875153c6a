import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@sixcan/server-core';
import { ImportMode, ImportProblem, ImportStatus, ProjectImport } from './project-import.entity';

@ObjectType('ImportProblem')
export class ImportProblemModel {
  @Field(() => Int, { description: 'The row as numbered in the spreadsheet (the header is row 1).' })
  rowNumber!: number;

  @Field({ description: 'The column key, e.g. country.' })
  field!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field()
  message!: string;
}

@ObjectType('ProjectImport')
export class ProjectImportModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  programmeId!: string;

  @Field(() => ID, { nullable: true })
  channelId!: string | null;

  @Field(() => ImportMode)
  mode!: ImportMode;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => Int)
  totalRows!: number;

  @Field(() => Int)
  processedRows!: number;

  @Field(() => Int)
  createdCount!: number;

  @Field(() => Int, { description: 'Rows with at least one problem (duplicates included).' })
  errorRowCount!: number;

  @Field(() => Int)
  duplicateCount!: number;

  @Field(() => [ImportProblemModel], { description: 'The first 200 problems; the report file has them all.' })
  problems!: ImportProblemModel[];

  @Field(() => ID, { nullable: true, description: 'XLSX listing every problem by row and column.' })
  reportFileId!: string | null;

  @Field(() => String, { nullable: true })
  failureMessage!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType()
export class ProjectImportConnection extends Connection(ProjectImportModel, 'ProjectImport') {}

export const toImportModel = (i: ProjectImport): ProjectImportModel => ({
  id: i.id,
  programmeId: i.programmeId,
  channelId: i.channelId,
  mode: i.mode,
  status: i.status,
  totalRows: i.totalRows,
  processedRows: i.processedRows,
  createdCount: i.createdCount,
  errorRowCount: i.errorRowCount,
  duplicateCount: i.duplicateCount,
  problems: i.problems.map((p: ImportProblem) => ({ ...p, value: p.value ?? null })),
  reportFileId: i.reportFileId,
  failureMessage: i.failureMessage,
  createdAt: i.createdAt,
  startedAt: i.startedAt,
  finishedAt: i.finishedAt,
});
