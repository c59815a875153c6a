import { BidStatus } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';
import { bigintMoney } from '../money';

/** The terms of an offer, as placed or revised. */
export interface BidTerms {
  investmentMinor: string | null;
  currency: string | null;
  equityPercent: number | null;
  spaceM2: number | null;
  rentFreeMonths: number | null;
  subsidyMinor: string | null;
  otherTerms: string | null;
  validUntil: string | null;
}

/**
 * A sealed offer of a partner for a project. At most one SUBMITTED bid per (partner, project) — a partial
 * unique index — and the current terms here; every earlier version is kept in `bid_revision`.
 */
@Entity('bid')
@Index('uq_bid_live', ['partnerId', 'projectId'], { unique: true, where: `"status" = 'SUBMITTED'` })
@Index('ix_bid_project', ['organizationId', 'projectId'])
@Index('ix_bid_partner', ['organizationId', 'partnerId', 'createdAt'])
@Index('ix_bid_expiry', ['status', 'validUntil'])
export class Bid extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text')
  status!: BidStatus;

  /** 1 when placed, +1 per revision. */
  @Column('integer', { default: 1 })
  revision!: number;

  @Column('bigint', { nullable: true, transformer: bigintMoney })
  investmentMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  @Column('numeric', {
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) },
  })
  equityPercent!: number | null;

  @Column('integer', { nullable: true })
  spaceM2!: number | null;

  @Column('integer', { nullable: true })
  rentFreeMonths!: number | null;

  @Column('bigint', { nullable: true, transformer: bigintMoney })
  subsidyMinor!: bigint | null;

  @Column('text', { nullable: true })
  otherTerms!: string | null;

  @Column('timestamptz', { nullable: true })
  validUntil!: Date | null;

  @Column('uuid', { nullable: true })
  placedBy!: string | null;

  /** The applicant's (or organizer's) message with an answer. */
  @Column('text', { nullable: true })
  responseMessage!: string | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('uuid', { nullable: true })
  closedBy!: string | null;

  @Column('integer', { default: 1 })
  version!: number;
}

/** One version of a bid's terms (revision 1 is the bid as placed). Append-only. */
@Entity('bid_revision')
@Index('uq_bid_revision', ['bidId', 'revision'], { unique: true })
export class BidRevision extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  bidId!: string;

  @Column('integer')
  revision!: number;

  @Column('jsonb')
  terms!: BidTerms;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;
}

/** The organizer's exchange rate: `rate` units of `currency` per one unit of the base currency. */
@Entity('fx_rate')
@Index('uq_fx_rate', ['organizationId', 'currency'], { unique: true })
export class FxRate extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('char', { length: 3 })
  baseCurrency!: string;

  @Column('numeric', { precision: 20, scale: 8 })
  rate!: string;

  @Column('uuid', { nullable: true })
  updatedBy!: string | null;
}
