import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** A project an organizer opened to partners before (or without) shortlisting. */
@Entity('published_project')
@Index('uq_published_project', ['organizationId', 'projectId'], { unique: true })
export class PublishedProject extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid', { nullable: true })
  publishedBy!: string | null;
}

/** "Not interested": the project is no longer recommended to the partner. */
@Entity('dismissed_match')
@Index('uq_dismissed_match', ['partnerId', 'projectId'], { unique: true })
export class DismissedMatch extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid', { nullable: true })
  dismissedBy!: string | null;
}

/** A project a partner keeps on its list ("saved"), one row per pair while saved. */
@Entity('saved_project')
@Index('uq_saved_project', ['partnerId', 'projectId'], { unique: true })
@Index('ix_saved_project_list', ['organizationId', 'partnerId', 'createdAt'])
export class SavedProject extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid', { nullable: true })
  savedBy!: string | null;
}
