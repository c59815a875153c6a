import { ConflictKind, ConflictSource, ConflictStatus } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/**
 * A conflict of interest between a reviewer and a project. One row per (reviewer, project, source): a
 * detected conflict found again keeps its row, so a dismissed one stays dismissed.
 */
@Entity('conflict_of_interest')
@Index('uq_conflict', ['reviewerProfileId', 'projectId', 'source'], { unique: true })
@Index('ix_conflict_programme', ['organizationId', 'programmeId', 'createdAt'])
@Index('ix_conflict_project', ['projectId'])
export class ConflictOfInterest extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  /** The round in which it was declared or detected, if any. */
  @Column('uuid', { nullable: true })
  roundId!: string | null;

  @Column('uuid')
  reviewerProfileId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text')
  kind!: ConflictKind;

  @Column('text')
  source!: ConflictSource;

  @Column('text')
  status!: ConflictStatus;

  @Column('text')
  reason!: string;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;

  @Column('uuid', { nullable: true })
  resolvedBy!: string | null;
}
