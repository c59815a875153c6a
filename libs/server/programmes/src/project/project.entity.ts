import {
  AvailabilityWindow,
  CooperationMode,
  IpStatus,
  ProjectSource,
  ProjectStatus,
  SelfAssessmentItem,
} from '@sixcan/domain';
import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index, VersionColumn } from 'typeorm';

const bigintMoney = {
  to: (v: bigint | null | undefined) => (v == null ? v : v.toString()),
  from: (v: string | null) => (v == null ? null : BigInt(v)),
};

/** A project in a programme: what the applicant (or a channel, or an import) says about it, and its status. */
@Entity('project')
@Index('ix_project_list', ['organizationId', 'programmeId', 'createdAt'])
@Index('ix_project_status', ['programmeId', 'status'])
@Index('ix_project_channel', ['channelId'])
@Index('ix_project_owner', ['organizationId', 'ownerUserId'])
@Index('ix_project_applicant_email', ['organizationId', 'applicantEmail'])
// GIN trigram index on search_document, created by the migration (TypeORM cannot declare its operator class).
@Index('ix_project_search', { synchronize: false })
export class Project extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  @Column('uuid', { nullable: true })
  channelId!: string | null;

  /** The applicant who owns the project; null until a nominated or imported applicant signs in. */
  @Column('uuid', { nullable: true })
  ownerUserId!: string | null;

  /** Who is invited to complete the project (lower-cased). */
  @Column('text', { nullable: true })
  applicantEmail!: string | null;

  @Column('text')
  source!: ProjectSource;

  @Column('text', { default: ProjectStatus.DRAFT })
  status!: ProjectStatus;

  @Column('text', { nullable: true })
  titleZh!: string | null;

  @Column('text', { nullable: true })
  titleEn!: string | null;

  @Column('text', { nullable: true })
  summaryZh!: string | null;

  @Column('text', { nullable: true })
  summaryEn!: string | null;

  @Column('text', { nullable: true })
  sectorCode!: string | null;

  @Column('char', { length: 2, nullable: true })
  country!: string | null;

  @Column('text', { nullable: true })
  organizationName!: string | null;

  @Column('smallint', { nullable: true })
  trl!: number | null;

  @Column('text', { nullable: true })
  ipStatus!: IpStatus | null;

  @Column('text', { array: true, default: () => "'{}'" })
  cooperationModes!: CooperationMode[];

  @Column('bigint', { nullable: true, transformer: bigintMoney })
  fundingAmountMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  fundingCurrency!: string | null;

  @Column('text', { nullable: true })
  team!: string | null;

  @Column('text', { nullable: true })
  contactName!: string | null;

  @Column('text', { nullable: true })
  contactEmail!: string | null;

  @Column('text', { nullable: true })
  contactPhone!: string | null;

  @Column('text', { nullable: true })
  presenterTimeZone!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  availability!: AvailabilityWindow[];

  @Column('jsonb', { default: () => "'[]'" })
  selfAssessment!: SelfAssessmentItem[];

  @Column('uuid', { array: true, default: () => "'{}'" })
  attachmentFileIds!: string[];

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  /** Segmented, lower-cased words of titles, summaries and organisation (Chinese split with jieba). */
  @Column('text', { default: '', select: false })
  searchDocument!: string;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** One status transition of a project: who, when, from what to what. Append-only. */
@Entity('project_status_change')
@Index('ix_project_status_change', ['projectId', 'createdAt'])
export class ProjectStatusChange extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  projectId!: string;

  @Column('text', { nullable: true })
  fromStatus!: ProjectStatus | null;

  @Column('text')
  toStatus!: ProjectStatus;

  /** Null for changes made by the system (an import, a scheduled job). */
  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;
}
