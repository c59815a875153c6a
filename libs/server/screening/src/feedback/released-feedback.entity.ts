import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** Feedback an organiser releases to the applicant of a project after a round is decided. */
@Entity('released_feedback')
@Index('uq_released_feedback', ['roundId', 'projectId'], { unique: true })
@Index('ix_released_feedback_project', ['organizationId', 'projectId'])
export class ReleasedFeedback extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('int')
  roundOrdinal!: number;

  @Column('text', { nullable: true })
  textZh!: string | null;

  @Column('text', { nullable: true })
  textEn!: string | null;

  @Column('uuid')
  releasedBy!: string;

  @Column('timestamptz')
  releasedAt!: Date;
}
