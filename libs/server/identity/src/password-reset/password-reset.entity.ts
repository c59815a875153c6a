import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../user/user.entity';

/** A single-use, expiring password reset link. */
@Entity('password_reset')
@Index('uq_password_reset_token', ['tokenHash'], { unique: true })
export class PasswordReset extends BaseEntity {
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
