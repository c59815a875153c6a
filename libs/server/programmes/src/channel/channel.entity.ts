import { ChannelKind } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/** A recommending institution that nominates projects; every project keeps its channel for yield. */
@Entity('channel')
@Index('ix_channel_org', ['organizationId', 'createdAt'])
@Index('uq_channel_name', ['organizationId', 'nameKey'], { unique: true })
export class Channel extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('text', { nullable: true })
  nameZh!: string | null;

  @Column('text', { nullable: true })
  nameEn!: string | null;

  /** Lower-cased primary name: two channels of one organisation never share a name. */
  @Column('text')
  nameKey!: string;

  @Column('text')
  kind!: ChannelKind;

  @Column('char', { length: 2 })
  country!: string;

  @Column('text', { nullable: true })
  contactEmail!: string | null;
}

/** A person acting for a channel. Bound to a user once they have joined (by e-mail until then). */
@Entity('channel_member')
@Index('uq_channel_member', ['channelId', 'email'], { unique: true })
@Index('ix_channel_member_user', ['organizationId', 'userId'])
@Index('ix_channel_member_email', ['organizationId', 'email'])
export class ChannelMember extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  channelId!: string;

  @Column('text')
  email!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;
}
