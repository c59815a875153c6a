import { AdvanceRuleKind, Decision, ScreeningRoundStatus, SixCan } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, VersionColumn } from 'typeorm';

export enum RoundJobState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** One screening round of a programme: what it checks, how many reviewers, the deadline, the advance rule. */
@Entity('screening_round')
@Index('uq_screening_round_ordinal', ['programmeId', 'ordinal'], { unique: true })
@Index('ix_screening_round_org', ['organizationId', 'programmeId'])
export class ScreeningRound extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  @Column('int')
  ordinal!: number;

  @Column('text', { default: ScreeningRoundStatus.DRAFT })
  status!: ScreeningRoundStatus;

  @Column('text', { array: true, default: () => "'{}'" })
  cans!: SixCan[];

  /** Rubric criterion codes of the programme scored in this round. */
  @Column('text', { array: true, default: () => "'{}'" })
  criteria!: string[];

  @Column('int')
  reviewersPerProject!: number;

  @Column('int')
  maxLoad!: number;

  @Column('timestamptz')
  deadline!: Date;

  @Column('text')
  advanceRuleKind!: AdvanceRuleKind;

  @Column('int', { nullable: true })
  advanceN!: number | null;

  @Column('double precision', { nullable: true })
  advanceMinScore!: number | null;

  /** Advancing from the last round shortlists the project. */
  @Column('boolean', { default: false })
  lastRound!: boolean;

  @Column('text', { nullable: true })
  jobState!: RoundJobState | null;

  @Column('double precision', { default: 0 })
  jobProgress!: number;

  @Column('text', { nullable: true })
  jobMessage!: string | null;

  @Column('timestamptz', { nullable: true })
  openedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A project taking part in a round, with the organiser's override and, once decided, the final decision. */
@Entity('screening_round_project')
@Index('uq_screening_round_project', ['roundId', 'projectId'], { unique: true })
@Index('ix_screening_round_project_project', ['organizationId', 'projectId'])
export class RoundProject extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text', { nullable: true })
  overrideDecision!: Decision | null;

  @Column('text', { nullable: true })
  overrideReason!: string | null;

  @Column('uuid', { nullable: true })
  overrideBy!: string | null;

  @Column('timestamptz', { nullable: true })
  overrideAt!: Date | null;

  /** The proposal when the round was decided (frozen). */
  @Column('text', { nullable: true })
  proposedDecision!: Decision | null;

  /** The final decision applied when the round was decided. */
  @Column('text', { nullable: true })
  decision!: Decision | null;
}
