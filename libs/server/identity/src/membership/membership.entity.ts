import { Role } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';

/** A user's roles in one organisation. */
@Entity('membership')
@Index('uq_membership_org_user', ['organizationId', 'userId'], { unique: true })
@Index('ix_membership_user', ['userId'])
export class Membership extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text', { array: true })
  roles!: Role[];
}
