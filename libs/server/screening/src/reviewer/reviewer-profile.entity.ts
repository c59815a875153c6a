import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** An expert who screens projects for an organisation: expertise, languages, ties (for conflicts), load. */
@Entity('reviewer_profile')
@Index('uq_reviewer_profile_email', ['organizationId', 'email'], { unique: true })
@Index('ix_reviewer_profile_user', ['organizationId', 'userId'])
export class ReviewerProfile extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  /** Bound the first time the invited reviewer signs in with this e-mail. */
  @Column('uuid', { nullable: true })
  userId!: string | null;

  /** Lower-cased. */
  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  /** Sector codes of the reviewer's expertise. */
  @Column('text', { array: true, default: () => "'{}'" })
  sectors!: string[];

  /** `zh`, `en`. */
  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];

  @Column('char', { length: 2, nullable: true })
  country!: string | null;

  @Column('text', { nullable: true })
  affiliation!: string | null;

  /** Lower-cased part of the e-mail after the `@`. */
  @Column('text')
  emailDomain!: string;

  /** Most reviews the reviewer takes in one round. */
  @Column('int')
  maxLoad!: number;

  /** Language of the e-mails the reviewer gets until they have an account. */
  @Column('text', { default: 'zh-CN' })
  locale!: string;
}
