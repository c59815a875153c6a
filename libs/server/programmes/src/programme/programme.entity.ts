import { ProgrammeStatus, SectorDef, SixCan } from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, VersionColumn } from 'typeorm';

export interface RubricCriterion {
  code: string;
  nameZh: string;
  nameEn: string;
  weight: number;
}

/** One call for projects (an edition of the roadshow) in one organisation. */
@Entity('programme')
@Index('ix_programme_org', ['organizationId', 'createdAt'])
@Index('ix_programme_open', ['status', 'closesAt'])
export class Programme extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('text', { nullable: true })
  titleZh!: string | null;

  @Column('text', { nullable: true })
  titleEn!: string | null;

  @Column('text', { nullable: true })
  descriptionZh!: string | null;

  @Column('text', { nullable: true })
  descriptionEn!: string | null;

  /** IANA zone the bureau works in; deadlines are displayed in each user's own zone. */
  @Column('text')
  timeZone!: string;

  @Column('timestamptz')
  opensAt!: Date;

  @Column('timestamptz')
  closesAt!: Date;

  @Column('jsonb', { default: () => "'[]'" })
  sectors!: SectorDef[];

  @Column('text', { array: true, default: () => "'{}'" })
  mandatoryCans!: SixCan[];

  @Column('jsonb', { default: () => "'[]'" })
  rubric!: RubricCriterion[];

  @Column('int', { default: 10 })
  rubricScale!: number;

  @Column('int', { default: 100 })
  handbookSize!: number;

  @Column('int', { default: 12 })
  roadshowSize!: number;

  /** ISO 4217 currency the bureau reports in. */
  @Column('char', { length: 3, default: 'CNY' })
  currency!: string;

  @Column('text', { default: ProgrammeStatus.DRAFT })
  status!: ProgrammeStatus;

  @VersionColumn({ default: 1 })
  version!: number;
}
