import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';
import { HandbookJobStatus, HandbookOptions } from './handbook.types';

/** A request for a programme's handbook (PDF and XLSX), written by a background job. */
@Entity('handbook_job')
@Index('ix_handbook_job_programme', ['organizationId', 'programmeId', 'createdAt'])
export class HandbookJob extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  @Column('uuid')
  createdByUserId!: string;

  @Column('jsonb')
  options!: HandbookOptions;

  /** The projects published to partners by hand when the handbook was requested (see HandbookSelection). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  publishedProjectIds!: string[];

  @Column('text', { default: HandbookJobStatus.QUEUED })
  status!: HandbookJobStatus;

  /** 0–100. */
  @Column('smallint', { default: 0 })
  progress!: number;

  @Column('int', { default: 0 })
  processed!: number;

  @Column('int', { default: 0 })
  total!: number;

  @Column('uuid', { nullable: true })
  pdfFileId!: string | null;

  @Column('uuid', { nullable: true })
  xlsxFileId!: string | null;

  /** Why the handbook could not be written, for the organizer. */
  @Column('text', { nullable: true })
  error!: string | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
