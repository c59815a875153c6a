import { AgreementKind, CeremonyMode } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';
import { bigintMoney } from '../money';

/** A signing ceremony (cloud or on-site) grouping the agreements signed at it. */
@Entity('signing_ceremony')
@Index('ix_ceremony_list', ['organizationId', 'heldAt'])
export class SigningCeremony extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('text', { nullable: true })
  titleZh!: string | null;

  @Column('text', { nullable: true })
  titleEn!: string | null;

  @Column('text')
  mode!: CeremonyMode;

  @Column('timestamptz')
  heldAt!: Date;

  @Column('text')
  timeZone!: string;

  @Column('text', { nullable: true })
  venue!: string | null;
}

/** A signed cooperation record from a deal, with the money committed and what has been realised since. */
@Entity('agreement')
@Index('uq_agreement_deal', ['dealId'], { unique: true })
@Index('ix_agreement_list', ['organizationId', 'signedAt'])
@Index('ix_agreement_ceremony', ['ceremonyId'])
export class Agreement extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  dealId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('text')
  kind!: AgreementKind;

  /** Names of the signing parties as written on the agreement. */
  @Column('text', { array: true, default: () => "'{}'" })
  parties!: string[];

  @Column('uuid', { nullable: true })
  ceremonyId!: string | null;

  @Column('timestamptz')
  signedAt!: Date;

  @Column('bigint', { transformer: bigintMoney })
  committedMinor!: bigint;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('bigint', { default: 0, transformer: bigintMoney })
  realisedMinor!: bigint;

  /** When the last realisation was recorded; null before any. */
  @Column('timestamptz', { nullable: true })
  realisedAt!: Date | null;

  @Column('text', { nullable: true })
  registeredEntity!: string | null;

  /** The park the project landed in (a PARK partner), if any. */
  @Column('uuid', { nullable: true })
  landingPartnerId!: string | null;

  @Column('integer', { nullable: true })
  jobsCreated!: number | null;

  @Column('uuid', { array: true, default: () => "'{}'" })
  documentFileIds!: string[];

  @Column('uuid', { nullable: true })
  recordedBy!: string | null;

  @Column('integer', { default: 1 })
  version!: number;
}
