import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ScreeningRoundStatus } from '@sixcan/domain';
import { JobHandler, JobProcessor, QueueBackend, Transactions } from '@sixcan/server-core';
import { DataSource, In } from 'typeorm';
import { ReviewerProfile } from '../reviewer/reviewer-profile.entity';
import { ScreeningRound } from '../round/screening-round.entity';
import { ReviewerNotices } from './reviewer-notices';

export const REMINDER_KIND = 'DEADLINE_48H';
export const REMINDER_LEAD_MS = 48 * 3600_000;
const HOUR = 3600_000;

/**
 * Every hour: reviewers of open rounds whose deadline is at most 48 hours away, with reviews not yet
 * submitted, get one reminder. The (round, reviewer, kind) row is written with the e-mail in one
 * transaction, so a second run (or a second worker) sends nothing.
 */
@Injectable()
@JobProcessor('screening.remind')
export class RemindProcessor implements JobHandler<'screening.remind'> {
  private readonly logger = new Logger(RemindProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: Transactions,
    private readonly notices: ReviewerNotices,
  ) {}

  async handle(_payload: Record<string, never>, _job?: unknown, now = new Date()): Promise<string> {
    const rounds = await this.dataSource.manager
      .createQueryBuilder(ScreeningRound, 'r')
      .where('r.status = :open AND r.deadline > :now AND r.deadline <= :until', {
        open: ScreeningRoundStatus.OPEN,
        now,
        until: new Date(now.getTime() + REMINDER_LEAD_MS),
      })
      .getMany();
    let sent = 0;
    for (const round of rounds) sent += await this.remindRound(round);
    if (sent) this.logger.log(`${sent} reminder(s) sent`);
    return `${sent} reminder(s) sent for ${rounds.length} round(s)`;
  }

  private remindRound(round: ScreeningRound): Promise<number> {
    return this.tx.run(async (em) => {
      const pending: { id: string; n: number }[] = await em.query(
        `SELECT a.reviewer_profile_id AS id, count(*)::int AS n
           FROM review_assignment a
           LEFT JOIN review v ON v.assignment_id = a.id AND v.status = 'SUBMITTED'
          WHERE a.round_id = $1 AND a.conflict_id IS NULL AND v.id IS NULL
          GROUP BY a.reviewer_profile_id`,
        [round.id],
      );
      if (!pending.length) return 0;
      const claimed: { reviewer_profile_id: string }[] = await em.query(
        `INSERT INTO review_reminder (organization_id, round_id, reviewer_profile_id, kind, pending)
         SELECT $1, $2, x.id, $3, x.n FROM unnest($4::uuid[], $5::int[]) AS x(id, n)
         ON CONFLICT (round_id, reviewer_profile_id, kind) DO NOTHING
         RETURNING reviewer_profile_id`,
        [round.organizationId, round.id, REMINDER_KIND, pending.map((p) => p.id), pending.map((p) => p.n)],
      );
      if (!claimed.length) return 0;
      const reviewers = await em.findBy(ReviewerProfile, {
        id: In(claimed.map((c) => c.reviewer_profile_id)),
      });
      await this.notices.reminder(em, round, reviewers, new Map(pending.map((p) => [p.id, p.n])));
      return reviewers.length;
    });
  }
}

/** Registers the hourly reminder run once per queue (BullMQ job scheduler; idempotent across workers). */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderSchedule.name);

  constructor(private readonly queues: QueueBackend) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue('screening')
      .upsertJobScheduler('screening.remind-hourly', { every: HOUR }, { name: 'screening.remind', data: {} })
      .catch((e: Error) => this.logger.warn(`reminder schedule not registered: ${e.message}`));
  }
}
