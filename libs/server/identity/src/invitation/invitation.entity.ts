import { Role } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from '../organization/organization.entity';

/** A single-use, expiring invitation to join an organisation with some roles. */
@Entity('invitation')
@Index('uq_invitation_token', ['tokenHash'], { unique: true })
@Index('ix_invitation_org', ['organizationId', 'createdAt'])
export class Invitation extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column('text')
  email!: string;

  @Column('text', { array: true })
  roles!: Role[];

  /** sha256 of the token in the link; the token itself is never stored. */
  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('uuid')
  invitedByUserId!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
