import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/**
 * An intent a partner recorded with source ROADSHOW while the event was live, counted once per event (the
 * intent itself belongs to the matching context; this is the event's tally).
 */
@Entity('roadshow_intent')
@Index('uq_roadshow_intent', ['roadshowId', 'intentId'], { unique: true })
@Index('ix_roadshow_intent_project', ['roadshowId', 'projectId'])
export class RoadshowIntent extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roadshowId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid')
  intentId!: string;

  @Column('uuid')
  partnerId!: string;

  /** The slot on stage when it was recorded, if any. */
  @Column('uuid', { nullable: true })
  slotId!: string | null;
}
