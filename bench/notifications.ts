/**
 * P7 from QUALITY.md, the queue: notification jobs per second end to end ÷ Redis SET ops/s from
 * `redis-benchmark` (`-t set -q`, its defaults: 50 clients, no pipelining) on the same Redis, measured side by
 * side (SET before and after, the mean taken).
 *
 * A notification is what every e-mail to a user of the platform costs: `MailService.queueAll` writes the
 * e-mails, their in-app notifications and two outbox rows each in the caller's transaction (here 100 per
 * transaction, as a round opening for 100 reviewers does; BENCH_PRODUCERS = 4 such transactions at a time, as
 * concurrent API requests run them), the outbox hands them to BullMQ after commit (one
 * `addBulk` per queue), and the real worker process (`apps/worker`, concurrency as configured:
 * WORKER_LIGHT_CONCURRENCY for these queues) sends each e-mail (its own job: rendered, written as .eml, no
 * SMTP) and pushes each unread-count signal. Jobs/s = those two jobs × notifications ÷ the time from the first enqueue
 * until the last e-mail is SENT and the last signal job completed. In a fresh database
 * `<DATABASE_URL database>_bench_notifications`, on its own queue prefix.
 */
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  CoreModule,
  DEFAULT_JOB_OPTIONS,
  MailService,
  QueueBackend,
  Transactions,
} from '@sixcan/server-core';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Figure, migratedDatabase, startNode, stop } from './harness';

const NOTIFICATIONS = Number(process.env['BENCH_NOTIFICATIONS'] ?? 4000);
const BATCH = 100;
const PRODUCERS = Number(process.env['BENCH_PRODUCERS'] ?? 4);

@Module({ imports: [CoreModule.forRoot({ applicationName: 'sixcan-bench-producer' })] })
class ProducerModule {}

export async function notifications(): Promise<Figure> {
  const url = await migratedDatabase('bench_notifications');
  const dir = mkdtempSync(join(tmpdir(), 'sixcan-bench-mail-'));
  const env = {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `benchntf${Date.now().toString(36)}`,
    MAIL_DROP_DIR: dir,
    STORAGE_DIR: join(dir, 'files'),
  };
  Object.assign(process.env, env);

  const redis = new URL(process.env['REDIS_URL'] as string);
  const setBefore = redisSetsPerSecond(redis);
  const worker = startNode(join(__dirname, '../apps/worker/src/main.js'), env);
  let producer: INestApplicationContext | undefined;
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    producer = await NestFactory.createApplicationContext(ProducerModule, { logger: ['error'] });
    const tx = producer.get(Transactions);
    const mail = producer.get(MailService);
    const unread = producer.get(QueueBackend).queue('notifications');
    const users = Array.from({ length: 200 }, () => randomUUID());
    const organizationId = randomUUID();
    // PRODUCERS transactions at a time, as that many API requests (round openings) would run at once.
    const queue = async (count: number) => {
      let next = 0;
      const producer = async () => {
        for (let done = next; done < count; done = next) {
          next += BATCH;
          await batch(done, count);
        }
      };
      await Promise.all(Array.from({ length: PRODUCERS }, producer));
    };
    const batch = (done: number, count: number) =>
      tx.run((em) =>
        mail.queueAll(
          em,
          Array.from({ length: Math.min(BATCH, count - done) }, (_, k) => {
            const i = done + k;
            return {
              to: `reviewer-${i % users.length}@bench.sixcan`,
              template: 'screening.assigned' as const,
              locale: i % 2 ? ('en' as const) : ('zh-CN' as const),
              params: {
                name: `Reviewer ${i}`,
                programme: 'International Industry Innovation Leading Technology Roadshow',
                round: '1',
                count: '48',
                deadline: '31 December 2026, 18:00 CST',
                link: 'https://sixcan.example.org/review',
              },
              organizationId,
              userId: users[i % users.length] as string,
            };
          }),
        ),
      );
    const finished = async (total: number) => {
      const deadline = Date.now() + 3 * 60_000;
      for (;;) {
        if (Date.now() > deadline) throw new Error(`${total} notifications not processed within 3 minutes`);
        const [{ n }] = (await raw.query(`SELECT count(*)::int AS n FROM mail_message WHERE status = 'SENT'`))
          .rows as [{ n: number }];
        const { completed = 0 } = await unread.getJobCounts('completed');
        if (n >= total && completed >= total) return;
        if (worker.exitCode !== null) throw new Error('the worker stopped');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    // Warm-up: connections, prepared paths, the worker's queues.
    await queue(BATCH * 2);
    await finished(BATCH * 2);
    const started = process.hrtime.bigint();
    await queue(NOTIFICATIONS);
    const queued = Number(process.hrtime.bigint() - started) / 1e9;
    await finished(BATCH * 2 + NOTIFICATIONS);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const jobsPerSecond = (2 * NOTIFICATIONS) / seconds;
    const sets = (setBefore + redisSetsPerSecond(redis)) / 2;
    const ceiling = await emptyJobsPerSecond(redis.toString(), `${env.QUEUE_PREFIX}empty`);
    return {
      name: 'P7 notification jobs/s ÷ Redis SET/s',
      value: jobsPerSecond / sets,
      op: '>=',
      target: 0.08,
      detail: `${NOTIFICATIONS} notifications (${2 * NOTIFICATIONS} jobs) in ${seconds.toFixed(2)} s = ${jobsPerSecond.toFixed(0)} jobs/s (${(NOTIFICATIONS / seconds).toFixed(0)} notifications/s, all queued after ${queued.toFixed(2)} s by ${PRODUCERS} producers); redis-benchmark SET ${sets.toFixed(0)}/s; for scale, BullMQ alone runs ${ceiling.toFixed(0)} empty jobs/s here (${(ceiling / sets).toFixed(3)} of SET/s)`,
    };
  } finally {
    await raw.end();
    await producer?.close();
    await stop(worker);
  }
}

/** `redis-benchmark -t set -q` against the Redis (and database) of REDIS_URL, its default 50 clients; it writes one key, `key:__rand_int__`. */
function redisSetsPerSecond(redis: URL): number {
  const out = execFileSync(
    'redis-benchmark',
    [
      ...['-h', redis.hostname, '-p', redis.port || '6379', '--dbnum', redis.pathname.slice(1) || '0'],
      ...['-t', 'set', '-n', '200000', '-q'],
    ],
    { encoding: 'utf8' },
  );
  const match = /SET: ([\d.]+) requests per second/.exec(out.replace(/\r/g, '\n'));
  if (!match?.[1]) throw new Error(`unexpected redis-benchmark output: ${out}`);
  return Number(match[1]);
}

/**
 * Context for the figure, not part of it: jobs/s of BullMQ alone on the same Redis, enqueued and processed
 * like the notifications (batches of 100 through addBulk, the job defaults, WORKER_LIGHT_CONCURRENCY), with a
 * processor that does nothing.
 */
async function emptyJobsPerSecond(url: string, prefix: string): Promise<number> {
  const total = 2 * NOTIFICATIONS;
  const producer = new IORedis(url);
  const consumer = new IORedis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('empty', { connection: producer, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker('empty', async () => 'done', {
    connection: consumer,
    prefix,
    concurrency: Number(process.env['WORKER_LIGHT_CONCURRENCY'] ?? 64),
  });
  worker.on('completed', () => ++done === total && finish());
  try {
    await worker.waitUntilReady();
    const started = process.hrtime.bigint();
    for (let i = 0; i < total; i += BATCH)
      await queue.addBulk(
        Array.from({ length: Math.min(BATCH, total - i) }, (_, k) => ({
          name: 'empty',
          data: { i: i + k },
          opts: { jobId: `empty-${i + k}` },
        })),
      );
    await finished;
    return total / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await Promise.all([producer.quit(), consumer.quit()]);
  }
}
