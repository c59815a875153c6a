import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Role } from '@sixcan/domain';
import {
  Clock,
  DomainError,
  LiveEvents,
  Outbox,
  ProgrammeActivity,
  programmeActivityTopic,
  Transactions,
} from '@sixcan/server-core';
import { DataSource } from 'typeorm';
import { Coalesced } from './coalesce';
import { computeInsights, readInsights, refreshInsights } from './insights-store';
import { INSIGHTS_SECTIONS, InsightsFigures, InsightsSection, programmeOf } from './insights-queries';
import { InsightsLiveCountersModel, InsightsSource, ProgrammeInsightsModel } from './insights.models';
import { liveCountersOf } from './live-counters';

/** Live counters are recomputed at most this often per subscriber, however many changes arrive. */
export const LIVE_COUNTERS_GAP_MS = 1000;

export const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export interface InsightsOptions {
  /** Compute from the records now (source LIVE) instead of reading the stored aggregates. */
  fresh?: boolean;
  /** Only these sections are filled (all when absent): the API asks for the fields a query selects. */
  sections?: readonly InsightsSection[];
}

/** The job that refreshes a programme's aggregates, deterministic per state of change (coalescing). */
export const refreshJobId = (programmeId: string, changedAt: Date | null) =>
  `insights.refresh-${programmeId}-${changedAt ? changedAt.getTime() : 'first'}`;

/**
 * The programme dashboard for organizers: the stored aggregates (one statement: the sections asked for and
 * how fresh they are) or live figures; refreshing them now; live counters and their subscription.
 */
@Injectable()
export class InsightsService {
  private readonly logger = new Logger(InsightsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly events: LiveEvents,
  ) {}

  /**
   * The dashboard of a programme of the actor's organisation (NOT_FOUND otherwise; FORBIDDEN unless an
   * organizer). By default the stored aggregates (AGGREGATE, with `refreshedAt` and `stale`); before the first
   * refresh, live figures (LIVE) and a refresh is queued. `fresh` computes LIVE from the records.
   */
  async programmeInsights(
    actor: Actor,
    programmeId: string,
    options: InsightsOptions = {},
  ): Promise<ProgrammeInsightsModel> {
    assertOrganizer(actor);
    const sections = options.sections ?? INSIGHTS_SECTIONS;
    if (!isId(programmeId)) throw DomainError.notFound('Programme');
    if (!options.fresh) {
      const stored = await readInsights(this.dataSource.manager, actor.organizationId, programmeId, sections);
      if (!stored) throw DomainError.notFound('Programme');
      if (stored.refreshedAt && sections.every((s) => stored.figures[s] !== undefined))
        return model(
          stored.programmeId,
          stored.currency,
          InsightsSource.AGGREGATE,
          stored.refreshedAt,
          stored.stale,
          stored.figures,
        );
      if (!stored.refreshedAt) await this.queueFirstRefresh(programmeId);
    }
    const live = await computeInsights(this.dataSource, actor.organizationId, programmeId, new Set(sections));
    if (!live) throw DomainError.notFound('Programme');
    return model(
      live.programme.id,
      live.programme.currency,
      InsightsSource.LIVE,
      live.at,
      false,
      live.figures,
    );
  }

  /** Recomputes the programme's aggregates now (in this request) and answers them (AGGREGATE, not stale). */
  async refresh(actor: Actor, programmeId: string): Promise<ProgrammeInsightsModel> {
    assertOrganizer(actor);
    const done = isId(programmeId)
      ? await refreshInsights(this.dataSource, actor.organizationId, programmeId)
      : null;
    if (!done) throw DomainError.notFound('Programme');
    return model(
      done.programme.id,
      done.programme.currency,
      InsightsSource.AGGREGATE,
      done.at,
      false,
      done.figures,
    );
  }

  async liveCounters(actor: Actor, programmeId: string): Promise<InsightsLiveCountersModel> {
    assertOrganizer(actor);
    const counters = isId(programmeId)
      ? await liveCountersOf(this.dataSource.manager, actor.organizationId, programmeId, this.clock.now())
      : null;
    if (!counters) throw DomainError.notFound('Programme');
    return counters;
  }

  /**
   * Fresh counters after every committed change of the programme (its activity topic), at most one computation
   * per burst and per `LIVE_COUNTERS_GAP_MS`. NOT_FOUND unless the programme is the actor's organisation's.
   */
  async watch(
    actor: Actor,
    programmeId: string,
  ): Promise<AsyncIterableIterator<{ programmeInsightsUpdated: InsightsLiveCountersModel }>> {
    assertOrganizer(actor);
    const programme = isId(programmeId)
      ? await programmeOf(this.dataSource.manager, actor.organizationId, programmeId)
      : null;
    if (!programme) throw DomainError.notFound('Programme');
    const source = this.events.subscribe<ProgrammeActivity>(programmeActivityTopic(programme.id));
    return new Coalesced(
      source,
      async () => ({ programmeInsightsUpdated: await this.liveCounters(actor, programme.id) }),
      {
        minGapMs: LIVE_COUNTERS_GAP_MS,
        onError: (e) => this.logger.warn(`live counters of ${programme.id}: ${(e as Error).message}`),
      },
    );
  }

  /** Before the first refresh: one job per programme (the same id however many readers ask). */
  private async queueFirstRefresh(programmeId: string): Promise<void> {
    await this.tx
      .run((em) =>
        this.outbox.enqueue(
          em,
          'insights.refresh',
          { programmeId, changedAt: null },
          { jobId: refreshJobId(programmeId, null) },
        ),
      )
      .catch((e: Error) => this.logger.warn(`first refresh of ${programmeId} not queued: ${e.message}`));
  }
}

function assertOrganizer(actor: Actor): void {
  if (!actor.roles.includes(Role.ORGANIZER)) throw DomainError.forbidden();
}

function model(
  programmeId: string,
  currency: string,
  source: InsightsSource,
  refreshedAt: Date,
  stale: boolean,
  figures: Partial<InsightsFigures>,
): ProgrammeInsightsModel {
  // Sections not asked for stay absent: GraphQL never reads them.
  return { programmeId, currency, source, refreshedAt, stale, ...figures } as ProgrammeInsightsModel;
}
