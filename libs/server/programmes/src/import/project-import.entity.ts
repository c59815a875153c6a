import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export interface ImportProblem {
  rowNumber: number;
  field: string;
  value?: string | null;
  message: string;
}

/** A spreadsheet of projects being brought into a programme, run as a job. */
@Entity('project_import')
@Index('ix_project_import_programme', ['organizationId', 'programmeId', 'createdAt'])
export class ProjectImport extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  /** Set when a channel nominates in a batch: rows become nominations of this channel. */
  @Column('uuid', { nullable: true })
  channelId!: string | null;

  @Column('uuid')
  fileId!: string;

  @Column('uuid')
  createdByUserId!: string;

  @Column('text')
  mode!: ImportMode;

  @Column('text', { default: ImportStatus.QUEUED })
  status!: ImportStatus;

  @Column('int', { default: 0 })
  totalRows!: number;

  @Column('int', { default: 0 })
  processedRows!: number;

  @Column('int', { default: 0 })
  createdCount!: number;

  @Column('int', { default: 0 })
  errorRowCount!: number;

  @Column('int', { default: 0 })
  duplicateCount!: number;

  /** The first problems, for the UI; the full list is in the report file. */
  @Column('jsonb', { default: () => "'[]'" })
  problems!: ImportProblem[];

  @Column('uuid', { nullable: true })
  reportFileId!: string | null;

  /** Why the whole file was refused (not a spreadsheet, too many rows, …). */
  @Column('text', { nullable: true })
  failureMessage!: string | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
