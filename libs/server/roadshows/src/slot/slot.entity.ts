import { SlotDelivery, SlotFit, SlotReason, SlotStatus } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/**
 * A pitch of the event as planned: one per placed project, kept (same id) across re-plans while the event is
 * a draft or published, frozen once it goes live. Reminders and the live console read these stored times.
 */
@Entity('roadshow_slot')
@Index('uq_roadshow_slot_project', ['roadshowId', 'projectId'], { unique: true })
@Index('ix_roadshow_slot_order', ['roadshowId', 'position'])
// One pitch on stage at a time per event, whatever the writers.
@Index('uq_roadshow_slot_on_stage', ['roadshowId'], { unique: true, where: `status = 'ON_STAGE'` })
export class RoadshowSlot extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roadshowId!: string;

  @Column('uuid')
  projectId!: string;

  /** 1 for the first pitch. */
  @Column('smallint')
  position!: number;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  /** The presenter's zone the plan used. */
  @Column('text')
  presenterTimeZone!: string;

  @Column('text')
  delivery!: SlotDelivery;

  @Column('text', { default: SlotStatus.SCHEDULED })
  status!: SlotStatus;

  @Column('text')
  reason!: SlotReason;

  @Column('text')
  fit!: SlotFit;

  /** When the slot went on stage and when it ended (DONE or NO_SHOW). */
  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
