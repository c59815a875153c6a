import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

export interface StoredCommentaryEntry {
  dimension: string;
  rating: number | null;
  note: string | null;
}

/** A commentator's critique of one pitch, time-stamped by `createdAt`. Never shown to partners or applicants. */
@Entity('roadshow_commentary')
@Index('ix_roadshow_commentary_slot', ['roadshowId', 'slotId', 'createdAt'])
@Index('ix_roadshow_commentary_author', ['organizationId', 'authorUserId'])
export class RoadshowCommentary extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roadshowId!: string;

  @Column('uuid')
  slotId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid')
  authorUserId!: string;

  @Column('jsonb', { default: () => "'[]'" })
  entries!: StoredCommentaryEntry[];

  @Column('text', { nullable: true })
  text!: string | null;
}
