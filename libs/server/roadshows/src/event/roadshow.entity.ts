import { RoadshowMode, RoadshowStatus } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** An explicit break of the programme (UTC instants, ISO 8601). */
export interface StoredWindow {
  start: string;
  end: string;
}

/** A planner warning as stored (the fields depend on the code). */
export interface StoredWarning {
  code: string;
  message: string;
  projectId?: string;
  order?: number;
  local?: string;
  needed?: number;
  fits?: number;
  unplaced?: string[];
  live?: number;
  optimum?: number;
}

/** What the planner said about the stored slots besides their times (kept so reads need no re-plan). */
export interface StoredPlan {
  breaks: { start: string; end: string; displayStart: string; displayEnd: string }[];
  warnings: StoredWarning[];
  unplaced: string[];
  summary: { live: number; prerecorded: number; preferred: number; unplaced: number };
  fingerprint: string;
}

/** A roadshow event of a programme: the broadcast, its settings and its place on the status ladder. */
@Entity('roadshow_event')
@Index('ix_roadshow_event_list', ['organizationId', 'programmeId', 'startsAt'])
export class RoadshowEvent extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  @Column('text', { nullable: true })
  titleZh!: string | null;

  @Column('text', { nullable: true })
  titleEn!: string | null;

  @Column('text')
  mode!: RoadshowMode;

  @Column('text', { nullable: true })
  venue!: string | null;

  @Column('text', { nullable: true })
  streamUrl!: string | null;

  /** The broadcast window, UTC. */
  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  /** IANA display zone of the event. */
  @Column('text')
  timeZone!: string;

  @Column('smallint')
  slotMinutes!: number;

  /** "A break of `breakMinutes` after every `breakAfterEverySlots` slots" (both or neither). */
  @Column('smallint', { nullable: true })
  breakAfterEverySlots!: number | null;

  @Column('smallint', { nullable: true })
  breakMinutes!: number | null;

  @Column('jsonb', { default: () => "'[]'" })
  breakWindows!: StoredWindow[];

  @Column('text', { default: RoadshowStatus.DRAFT })
  status!: RoadshowStatus;

  /** The organiser's order of project ids; null while the planner's optimised order applies. */
  @Column('uuid', { array: true, nullable: true })
  manualOrder!: string[] | null;

  @Column('jsonb', { nullable: true })
  plan!: StoredPlan | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  /** Optimistic lock: every change is `UPDATE … WHERE version = $v` and bumps it. */
  @Column('int', { default: 1 })
  version!: number;
}

/** A project on the event's programme. */
@Entity('roadshow_project')
@Index('uq_roadshow_project', ['roadshowId', 'projectId'], { unique: true })
@Index('ix_roadshow_project_project', ['organizationId', 'projectId'])
export class RoadshowProjectEntry extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roadshowId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid', { nullable: true })
  addedBy!: string | null;
}

/** A member assigned to critique the event's pitches. */
@Entity('roadshow_commentator')
@Index('uq_roadshow_commentator', ['roadshowId', 'userId'], { unique: true })
@Index('ix_roadshow_commentator_user', ['organizationId', 'userId'])
export class RoadshowCommentator extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roadshowId!: string;

  @Column('uuid')
  userId!: string;
}
