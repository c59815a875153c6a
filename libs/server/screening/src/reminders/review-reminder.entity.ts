import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** A reminder sent to a reviewer for a round; the unique key makes sending it idempotent. */
@Entity('review_reminder')
@Index('uq_review_reminder', ['roundId', 'reviewerProfileId', 'kind'], { unique: true })
export class ReviewReminder extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('uuid')
  reviewerProfileId!: string;

  /** `DEADLINE_48H`. */
  @Column('text')
  kind!: string;

  @Column('int')
  pending!: number;
}
