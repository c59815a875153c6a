import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../user/user.entity';

/**
 * One refresh token. Tokens rotate: using one revokes it and issues its successor in the same
 * family; presenting a revoked token again revokes the whole family (it was stolen or replayed).
 */
@Entity('refresh_session')
@Index('uq_refresh_session_token', ['tokenHash'], { unique: true })
@Index('ix_refresh_session_user', ['userId'])
export class RefreshSession extends BaseEntity {
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  familyId!: string;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
