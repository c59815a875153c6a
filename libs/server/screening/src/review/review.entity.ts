import { Recommendation, ReviewStatus, SixCan, Verdict } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

export interface CriterionScoreValue {
  criterion: string;
  score: number;
}

export interface CanVerdictValue {
  can: SixCan;
  verdict: Verdict;
  note: string | null;
}

/** A reviewer's review of one assignment: scores per criterion, verdicts per can, recommendation. */
@Entity('review')
@Index('uq_review_per_assignment', ['assignmentId'], { unique: true })
@Index('ix_review_round', ['roundId', 'status'])
export class Review extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  assignmentId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid')
  reviewerProfileId!: string;

  @Column('text', { default: ReviewStatus.DRAFT })
  status!: ReviewStatus;

  @Column('jsonb', { default: () => "'[]'" })
  scores!: CriterionScoreValue[];

  @Column('jsonb', { default: () => "'[]'" })
  verdicts!: CanVerdictValue[];

  @Column('text', { nullable: true })
  recommendation!: Recommendation | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;
}
