import { ActivityKind, DealStage } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** The follow-up of one (project, partner) pair, opened by its first intent or bid. */
@Entity('deal')
@Index('uq_deal', ['partnerId', 'projectId'], { unique: true })
@Index('ix_deal_pipeline', ['organizationId', 'stage', 'updatedAt'])
@Index('ix_deal_project', ['organizationId', 'projectId'])
@Index('ix_deal_next_step', ['nextStepAt'])
export class Deal extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text')
  stage!: DealStage;

  /** The person following the deal up (an organizer or a partner member). */
  @Column('uuid', { nullable: true })
  ownerUserId!: string | null;

  @Column('text', { nullable: true })
  dropReason!: string | null;

  /** The stage a dropped deal left (it may be reopened there). */
  @Column('text', { nullable: true })
  droppedFrom!: DealStage | null;

  @Column('timestamptz', { nullable: true })
  meetingAt!: Date | null;

  @Column('uuid', { nullable: true })
  ndaFileId!: string | null;

  @Column('uuid', { nullable: true })
  mouFileId!: string | null;

  @Column('timestamptz', { nullable: true })
  nextStepAt!: Date | null;

  @Column('text', { nullable: true })
  nextStep!: string | null;

  @Column('timestamptz')
  lastActivityAt!: Date;

  @Column('integer', { default: 1 })
  version!: number;
}

/** A note, call, meeting or e-mail on a deal; append-only. */
@Entity('deal_activity')
@Index('ix_deal_activity', ['dealId', 'createdAt'])
export class DealActivity extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  dealId!: string;

  @Column('text')
  kind!: ActivityKind;

  @Column('text')
  note!: string;

  @Column('timestamptz', { nullable: true })
  nextStepAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;
}

/** A reminder sent about a deal; the unique key makes the scheduled run send each one once. */
@Entity('deal_reminder')
@Index('uq_deal_reminder', ['dealId', 'kind', 'dueKey'], { unique: true })
export class DealReminder extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  dealId!: string;

  /** NEXT_STEP or STALE. */
  @Column('text')
  kind!: string;

  /** The next-step instant or the last-activity instant the reminder is about (ISO). */
  @Column('text')
  dueKey!: string;
}
