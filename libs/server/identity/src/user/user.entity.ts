import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** A person. Belongs to organisations through memberships. */
@Entity('app_user')
@Index('uq_app_user_email', ['email'], { unique: true })
export class User extends BaseEntity {
  /** Lower-cased and trimmed. */
  @Column('text')
  email!: string;

  /** argon2id. */
  @Column('text')
  passwordHash!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { default: 'zh-CN' })
  locale!: string;

  @Column('text', { default: 'Asia/Shanghai' })
  timeZone!: string;

  /** The organisation the next sign-in opens in. */
  @Column('uuid', { nullable: true })
  lastOrganizationId!: string | null;
}
