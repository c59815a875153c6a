import { BaseEntity } from '@sixcan/server-core';
import { Column, Entity, Index } from 'typeorm';

/**
 * The stored aggregates of one programme's dashboard: when they were computed, and the baseline of the live
 * intent counter (intents are append-only, so live counters add those created since `intentsCountedUntil`).
 */
@Entity('programme_insights')
@Index('uq_programme_insights', ['programmeId'], { unique: true })
@Index('ix_programme_insights_org', ['organizationId'])
export class ProgrammeInsightsAggregate extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  programmeId!: string;

  /** The instant of the consistent read the figures were computed from (compared with audit instants). */
  @Column('timestamptz')
  refreshedAt!: Date;

  /** How long the computation took, for operators. */
  @Column('int')
  durationMs!: number;

  /** Intents on the programme's projects created at or before `intentsCountedUntil`. */
  @Column('int')
  intentsCounted!: number;

  @Column('timestamptz')
  intentsCountedUntil!: Date;
}

/** One section of a programme's stored aggregates (the funnel, the country buckets, …) as the API returns it. */
@Entity('programme_insights_section')
@Index('uq_programme_insights_section', ['aggregateId', 'section'], { unique: true })
export class ProgrammeInsightsSection extends BaseEntity {
  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  aggregateId!: string;

  /** funnel, byCountry, bySector, byChannel, byPartnerKind, reviewerProgress, investment or trends. */
  @Column('text')
  section!: string;

  @Column('jsonb')
  figures!: unknown;
}

export const DASHBOARD_ENTITIES = [ProgrammeInsightsAggregate, ProgrammeInsightsSection];
