import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** One reviewer asked to review one project in one round. */
@Entity('review_assignment')
@Index('uq_review_assignment', ['roundId', 'projectId', 'reviewerProfileId'], { unique: true })
@Index('ix_review_assignment_reviewer', ['organizationId', 'reviewerProfileId', 'roundId'])
@Index('ix_review_assignment_round', ['roundId', 'projectId'])
export class ReviewAssignment extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid')
  reviewerProfileId!: string;

  /** Position in the reviewer's list (stable order for "next"). */
  @Column('int', { default: 0 })
  position!: number;

  /** Set when the reviewer declared having no conflict: only then may they score. */
  @Column('timestamptz', { nullable: true })
  noConflictAt!: Date | null;

  /** Set when a conflict keeps this reviewer off the project: the slot waits for a reassignment. */
  @Column('uuid', { nullable: true })
  conflictId!: string | null;
}
