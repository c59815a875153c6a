import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobName, JobPayloads, queueOf } from './jobs';
import { OutboxMessage } from './outbox-message.entity';
import { QueueBackend } from './queue-backend';

export interface EnqueueOptions {
  /** Deterministic id (`<job name>-<object id>`): the same logical job always gets the same id. */
  jobId: string;
  /** Run no earlier than this instant. */
  runAt?: Date;
}

/** One job for `Outbox.enqueueAll`. */
export interface OutboxJob<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  options: EnqueueOptions;
}

const pendingByManager = new WeakMap<EntityManager, string[]>();

/** Writes jobs into the outbox inside the caller's transaction. */
@Injectable()
export class Outbox {
  constructor(private readonly config: AppConfig) {}

  async enqueue<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions,
  ): Promise<void> {
    await this.enqueueAll(manager, [{ name, payload, options }]);
  }

  /** Writes many jobs in one statement (a round opening for a hundred reviewers, say). */
  async enqueueAll(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.enqueue must run inside a transaction (use Transactions.run)');
    }
    if (!jobs.length) return;
    for (const { options } of jobs)
      if (!/^[\w.-]{1,200}$/.test(options.jobId)) {
        throw new Error(
          `job id "${options.jobId}" must be letters, digits, '.', '_' or '-' (BullMQ reserves ':')`,
        );
      }
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_message (queue, name, job_id, payload, run_at, queue_prefix)
       SELECT q, n, j, p::jsonb, r, $6
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(q, n, j, p, r)
       ON CONFLICT (queue, job_id) DO NOTHING
       RETURNING id`,
      [
        jobs.map((job) => queueOf(job.name)),
        jobs.map((job) => job.name),
        jobs.map((job) => job.options.jobId),
        jobs.map((job) => JSON.stringify(job.payload)),
        jobs.map((job) => job.options.runAt ?? null),
        this.config.env.QUEUE_PREFIX,
      ],
    );
    const list = pendingByManager.get(manager) ?? [];
    list.push(...rows.map((r) => r.id));
    pendingByManager.set(manager, list);
  }

  /** Ids of the outbox rows written through this manager (read once, after commit). */
  takePending(manager: EntityManager): string[] {
    const ids = pendingByManager.get(manager) ?? [];
    pendingByManager.delete(manager);
    return ids;
  }
}

/**
 * Moves committed outbox rows to BullMQ. Safe to run in many processes at once (rows are claimed
 * with SKIP LOCKED) and to repeat (BullMQ ignores a jobId it already has).
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
    private readonly config: AppConfig,
  ) {}

  /**
   * Dispatches pending rows (all due ones, or just `ids`); returns how many were dispatched. The rows of one
   * queue go to BullMQ in one `addBulk` (one round trip), their ids deduplicating as with single adds.
   */
  async dispatch(ids?: string[], limit = 200): Promise<number> {
    if (ids && ids.length === 0) return 0;
    return this.dataSource.transaction(async (em) => {
      const rows: OutboxMessage[] = await em
        .createQueryBuilder(OutboxMessage, 'o')
        .where('o.dispatchedAt IS NULL')
        .andWhere('(o.queuePrefix = :prefix OR o.queuePrefix IS NULL)', {
          prefix: this.config.env.QUEUE_PREFIX,
        })
        .andWhere(ids ? 'o.id = ANY(:ids)' : 'o.availableAt <= now()', { ids })
        .orderBy('o.createdAt', 'ASC')
        .limit(ids ? Math.max(limit, ids.length) : limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const byQueue = new Map<string, OutboxMessage[]>();
      for (const row of rows) {
        const list = byQueue.get(row.queue);
        if (list) list.push(row);
        else byQueue.set(row.queue, [row]);
      }
      const done: string[] = [];
      for (const [queue, list] of byQueue) {
        try {
          await this.queues.queue(queue as never).addBulk(
            list.map((row) => ({
              name: row.name,
              data: row.payload,
              opts: {
                jobId: row.jobId,
                delay: row.runAt ? Math.max(0, row.runAt.getTime() - Date.now()) : undefined,
              },
            })),
          );
          done.push(...list.map((row) => row.id));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(`outbox: ${list.length} ${queue} job(s) not dispatched yet: ${message}`);
          await em.query(
            `UPDATE outbox_message SET attempts = attempts + 1, last_error = $2,
               available_at = now() + least(interval '5 minutes', interval '1 second' * power(2, attempts))
             WHERE id = ANY($1)`,
            [list.map((row) => row.id), message.slice(0, 1000)],
          );
        }
      }
      if (done.length) {
        await em.query(`UPDATE outbox_message SET dispatched_at = now() WHERE id = ANY($1)`, [done]);
      }
      return done.length;
    });
  }
}
