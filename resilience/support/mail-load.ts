import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Role } from '@sixcan/domain';
import {
  AccessTokens,
  AppConfig,
  CoreModule,
  MailService,
  QueueBackend,
  Transactions,
} from '@sixcan/server-core';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

@Module({ imports: [CoreModule.forRoot({ applicationName: 'sixcan-resilience-producer' })] })
class ProducerModule {}

/**
 * Writes notifications the way the product does (`MailService.queue`: the e-mail, its in-app
 * notification and the outbox rows in one transaction, handed to BullMQ after commit) from the test
 * process, against the database and Redis of `env`, and reads back what happened to them.
 */
export class MailLoad {
  /** The e-mail domain of this load's recipients (each test file has its own). */
  readonly domain = `r${randomUUID().slice(0, 8)}.resilience.sixcan`;
  private constructor(
    private readonly context: INestApplicationContext,
    readonly db: Client,
    /** The user (and organisation) the e-mails and notifications are for: made up unless given. */
    readonly userId: string,
    readonly organizationId: string,
  ) {}

  static async start(
    env: Record<string, string>,
    recipient: { userId: string; organizationId: string } = {
      userId: randomUUID(),
      organizationId: randomUUID(),
    },
  ): Promise<MailLoad> {
    Object.assign(process.env, env);
    const context = await NestFactory.createApplicationContext(ProducerModule, { logger: false });
    const db = new Client({ connectionString: env['DATABASE_URL'] });
    await db.connect();
    return new MailLoad(context, db, recipient.userId, recipient.organizationId);
  }

  /** An organizer token for the load's user, signed with the secret of `env`. */
  token(): string {
    return new AccessTokens(this.context.get(AppConfig)).sign({
      userId: this.userId,
      organizationId: this.organizationId,
      roles: [Role.ORGANIZER],
    });
  }

  /** Queues `count` e-mails (each with its in-app notification) in transactions of `batch`. */
  async queue(count: number, batch = 100, from = 0): Promise<void> {
    const tx = this.context.get(Transactions);
    const mail = this.context.get(MailService);
    for (let done = from; done < from + count; done += batch)
      await tx.run(async (em) => {
        for (let i = done; i < Math.min(from + count, done + batch); i++)
          await mail.queue(em, {
            to: `reviewer-${i}@${this.domain}`,
            template: 'screening.assigned',
            locale: i % 2 ? 'en' : 'zh-CN',
            params: {
              name: `Reviewer ${i}`,
              programme: 'Resilience',
              round: '1',
              count: '3',
              deadline: '31 December 2026',
              link: 'https://sixcan.example.org/review',
            },
            organizationId: this.organizationId,
            userId: this.userId,
          });
      });
  }

  /** Jobs the queue holds, by state. */
  counts(queue: 'mail' | 'notifications' = 'mail'): Promise<Record<string, number>> {
    return this.context
      .get(QueueBackend)
      .queue(queue)
      .getJobCounts('wait', 'active', 'delayed', 'completed', 'failed', 'paused', 'prioritized');
  }

  /** E-mails of this load by status, and its in-app notifications. */
  async status(): Promise<{ mails: Record<string, number>; notifications: number; outboxPending: number }> {
    const mails = await this.db.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM mail_message WHERE to_address LIKE $1 GROUP BY status`,
      [`%@${this.domain}`],
    );
    const [notes] = (
      await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1`, [
        this.userId,
      ])
    ).rows;
    const [outbox] = (
      await this.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL AND queue_prefix = $1`,
        [process.env['QUEUE_PREFIX']],
      )
    ).rows;
    return {
      mails: Object.fromEntries(mails.rows.map((r) => [r.status, r.n])),
      notifications: notes?.n ?? 0,
      outboxPending: outbox?.n ?? 0,
    };
  }

  async close(): Promise<void> {
    await this.db.end();
    await this.context.close();
  }
}
