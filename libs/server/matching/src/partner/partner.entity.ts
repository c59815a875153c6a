import { CooperationMode, PartnerKind } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { bigintMoney } from '../money';

/** An investor, park or enterprise of the organisation, with what it looks for. */
@Entity('partner')
@Index('ix_partner_list', ['organizationId', 'createdAt'])
export class Partner extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('text')
  kind!: PartnerKind;

  @Column('text', { nullable: true })
  nameZh!: string | null;

  @Column('text', { nullable: true })
  nameEn!: string | null;

  @Column('char', { length: 2, nullable: true })
  country!: string | null;

  @Column('text', { nullable: true })
  descriptionZh!: string | null;

  @Column('text', { nullable: true })
  descriptionEn!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column('smallint', { nullable: true })
  trlMin!: number | null;

  @Column('smallint', { nullable: true })
  trlMax!: number | null;

  @Column('text', { array: true, default: () => "'{}'" })
  cooperationModes!: CooperationMode[];

  @Column('bigint', { nullable: true, transformer: bigintMoney })
  ticketMinMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintMoney })
  ticketMaxMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  ticketCurrency!: string | null;

  /** ISO 3166-1 countries the partner looks at; empty: anywhere. */
  @Column('text', { array: true, default: () => "'{}'" })
  regions!: string[];

  /** Parks: the industrial chains they build (sector codes or free keywords). */
  @Column('text', { array: true, default: () => "'{}'" })
  chainFocus!: string[];

  /** Parks: space available now, m². */
  @Column('integer', { nullable: true })
  availableSpaceM2!: number | null;

  /** Parks: incentive policies, one per line. */
  @Column('text', { array: true, default: () => "'{}'" })
  incentives!: string[];

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** A person acting for a partner (PARTNER role); bound to an account when its owner first signs in. */
@Entity('partner_member')
@Index('uq_partner_member', ['partnerId', 'email'], { unique: true })
@Index('ix_partner_member_user', ['organizationId', 'userId'])
@Index('ix_partner_member_email', ['organizationId', 'email'])
export class PartnerMember extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  partnerId!: string;

  /** Lower-cased. */
  @Column('text')
  email!: string;

  @Column('uuid', { nullable: true })
  userId!: string | null;
}
