import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { BidStatus } from '@sixcan/domain';
import { AuditLog, JobHandler, JobProcessor, QueueBackend, Transactions } from '@sixcan/server-core';
import { In } from 'typeorm';
import { Bid } from '../bid/bid.entity';
import { BidNotices } from '../bid/bid-notices';
import { Partner } from '../partner/partner.entity';

const HOUR = 3600_000;

/**
 * Every hour: live bids whose valid-until has passed become EXPIRED, each with an audit event and an e-mail
 * to the partner's members queued in the same transaction. The status condition in the UPDATE makes a
 * second run (or a second worker) change nothing and send nothing.
 */
@Injectable()
@JobProcessor('matching.expire')
export class ExpireBidsProcessor implements JobHandler<'matching.expire'> {
  private readonly logger = new Logger(ExpireBidsProcessor.name);

  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly notices: BidNotices,
  ) {}

  async handle(_payload: Record<string, never>, _job?: unknown, now = new Date()): Promise<string> {
    const expired = await this.tx.run(async (em) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [rows]: [{ id: string; organization_id: string }[], number] = await em.query(
        `UPDATE bid SET status = $1, closed_at = $2, version = version + 1, updated_at = now()
          WHERE status = $3 AND valid_until <= $2
          RETURNING id, organization_id`,
        [BidStatus.EXPIRED, now, BidStatus.SUBMITTED],
      );
      for (const row of rows)
        await this.audit.record(em, {
          organizationId: row.organization_id,
          actorUserId: null,
          action: 'bid.expired',
          objectType: 'Bid',
          objectId: row.id,
          summary: { from: BidStatus.SUBMITTED, to: BidStatus.EXPIRED },
        });
      if (!rows.length) return 0;
      const bids = await em.findBy(Bid, { id: In(rows.map((r) => r.id)) });
      const partners = new Map(
        (await em.findBy(Partner, { id: In([...new Set(bids.map((b) => b.partnerId))]) })).map((p) => [
          p.id,
          p,
        ]),
      );
      for (const bid of bids) {
        const partner = partners.get(bid.partnerId);
        if (partner) await this.notices.expired(em, bid, partner);
      }
      return rows.length;
    });
    if (expired) this.logger.log(`${expired} bid(s) expired`);
    return `${expired} bid(s) expired`;
  }
}

/** Registers the hourly matching runs once per queue (BullMQ job schedulers; idempotent across workers). */
@Injectable()
export class MatchingSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingSchedule.name);

  constructor(private readonly queues: QueueBackend) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue('matching');
    await Promise.all([
      queue.upsertJobScheduler(
        'matching.expire-hourly',
        { every: HOUR },
        { name: 'matching.expire', data: {} },
      ),
      queue.upsertJobScheduler(
        'matching.remind-hourly',
        { every: HOUR },
        { name: 'matching.remind', data: {} },
      ),
    ]).catch((e: Error) => this.logger.warn(`matching schedules not registered: ${e.message}`));
  }
}
