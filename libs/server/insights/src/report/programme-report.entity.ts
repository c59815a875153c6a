import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';
import { ProgrammeReportStatus } from './report.types';

/** A request for a programme's bureau report (bilingual PDF and XLSX), written by a background job. */
@Entity('programme_report')
@Index('ix_programme_report_programme', ['organizationId', 'programmeId', 'createdAt'])
export class ProgrammeReport extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  @Column('uuid')
  createdByUserId!: string;

  @Column('text', { default: ProgrammeReportStatus.QUEUED })
  status!: ProgrammeReportStatus;

  /** 0–100. */
  @Column('smallint', { default: 0 })
  progress!: number;

  @Column('uuid', { nullable: true })
  pdfFileId!: string | null;

  @Column('uuid', { nullable: true })
  xlsxFileId!: string | null;

  /** Pages of the PDF, once written. */
  @Column('int', { nullable: true })
  pageCount!: number | null;

  /** The instant the report's figures were read at (the note on data freshness prints it). */
  @Column('timestamptz', { nullable: true })
  dataAsOf!: Date | null;

  /** Why the report could not be written, for the organizer. */
  @Column('text', { nullable: true })
  error!: string | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
