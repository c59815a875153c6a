import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  JobHandler,
  JobPayloads,
  JobProcessor,
  Outbox,
  QueueBackend,
  Transactions,
} from '@sixcan/server-core';
import { DataSource } from 'typeorm';
import { IRRELEVANT_ACTIONS, refreshInsights } from './insights-store';
import { refreshJobId } from './insights.service';

/** How often the sweep looks for programmes whose aggregates are behind. */
export const SWEEP_EVERY_MS = 60_000;
/** Programmes queued per sweep at most (the next sweep takes the rest). */
const SWEEP_BATCH = 500;

/**
 * Recomputes one programme's aggregates. Idempotent: nothing happens when they were refreshed after the
 * change the job is for (another job or an organizer's refresh got there first).
 */
@Injectable()
@JobProcessor('insights.refresh')
export class RefreshInsightsProcessor implements JobHandler<'insights.refresh'> {
  private readonly logger = new Logger(RefreshInsightsProcessor.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle({ programmeId, changedAt }: JobPayloads['insights.refresh']): Promise<string> {
    const [row]: { organization_id: string; refreshed_at: Date | null }[] = await this.dataSource.query(
      `SELECT p.organization_id, h.refreshed_at FROM programme p
         LEFT JOIN programme_insights h ON h.programme_id = p.id
        WHERE p.id = $1`,
      [programmeId],
    );
    if (!row) return 'unknown programme';
    if (row.refreshed_at && (!changedAt || row.refreshed_at >= new Date(changedAt))) return 'already fresh';
    const started = Date.now();
    await refreshInsights(this.dataSource, row.organization_id, programmeId);
    const outcome = `refreshed in ${Date.now() - started} ms`;
    this.logger.log(`insights of ${programmeId}: ${outcome}`);
    return outcome;
  }
}

/**
 * Every minute: for each programme (not archived) whose organisation's audit trail holds a relevant change
 * after its last refresh, or that has no aggregates yet, a refresh job with an id per change (a later sweep
 * before it ran queues nothing new; changes in between are coalesced into one refresh).
 */
@Injectable()
@JobProcessor('insights.sweep')
export class SweepInsightsProcessor implements JobHandler<'insights.sweep'> {
  constructor(
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
  ) {}

  handle(): Promise<string> {
    return this.tx.run(async (em) => {
      const behind: { id: string; changed_at: Date | null }[] = await em.query(
        `SELECT p.id, c.changed_at
           FROM programme p
           LEFT JOIN programme_insights h ON h.programme_id = p.id
           CROSS JOIN LATERAL (
             SELECT max(a.created_at) AS changed_at FROM audit_event a
              WHERE a.organization_id = p.organization_id
                AND a.created_at > coalesce(h.refreshed_at, '-infinity')
                AND a.action NOT LIKE ALL ($1::text[])) c
          WHERE p.status <> 'ARCHIVED' AND (h.id IS NULL OR c.changed_at IS NOT NULL)
          ORDER BY c.changed_at NULLS FIRST
          LIMIT $2`,
        [IRRELEVANT_ACTIONS, SWEEP_BATCH],
      );
      for (const p of behind)
        await this.outbox.enqueue(
          em,
          'insights.refresh',
          { programmeId: p.id, changedAt: p.changed_at?.toISOString() ?? null },
          { jobId: refreshJobId(p.id, p.changed_at) },
        );
      return `${behind.length} programme(s) queued`;
    });
  }
}

/** Registers the sweep once per queue (a BullMQ job scheduler; idempotent across workers). */
@Injectable()
export class InsightsSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(InsightsSchedule.name);

  constructor(private readonly queues: QueueBackend) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue('insights')
      .upsertJobScheduler(
        'insights.sweep-every-minute',
        { every: SWEEP_EVERY_MS },
        { name: 'insights.sweep', data: {} },
      )
      .catch((e: Error) => this.logger.warn(`insights sweep not scheduled: ${e.message}`));
  }
}
