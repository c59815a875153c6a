/**
 * P7 from QUALITY.md, the queue: notifications per second end to end ÷ Redis SET ops/s from `redis-benchmark`
 * (`-t set -q`, its defaults: 50 clients, no pipelining) on the same Redis, measured side by side (SET before
 * and after, the mean taken).
 *
 * A notification goes the product's whole way: `MailService.queueAll` writes the in-app notifications (with
 * their e-mail rows) and the outbox row of their signal in the caller's transaction (here 100 per transaction,
 * as a round opening for 100 reviewers does; BENCH_PRODUCERS = 4 such transactions at a time, as concurrent API
 * requests run them); the outbox hands the job to BullMQ after commit; the real worker process (`apps/worker`)
 * runs it and publishes each recipient's unread-count signal; a Redis subscriber, standing for the browsers'
 * subscriptions, receives it. Notifications/s = notifications ÷ the time from the first enqueue until the
 * subscriber has every signal. The recipients turned the category's e-mail off, so this is the notification
 * path alone; the e-mails (rendering and MIME encoding cost about a millisecond of CPU each, not queue time)
 * are measured after it for context: e-mails/s with the same producers and recipients who get e-mail. In a
 * fresh database `<DATABASE_URL database>_bench_notifications`, on its own queue prefix.
 */
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { categoryOf, CoreModule, DEFAULT_JOB_OPTIONS, MailService, Transactions } from '@sixcan/server-core';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Figure, migratedDatabase, startNode, stop } from './harness';

const NOTIFICATIONS = Number(process.env['BENCH_NOTIFICATIONS'] ?? 50_000);
const EMAILS = Number(process.env['BENCH_EMAILS'] ?? 2000);
const BATCH = 100;
const PRODUCERS = Number(process.env['BENCH_PRODUCERS'] ?? 4);
const TEMPLATE = 'screening.assigned' as const;

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
  const subscriber = new IORedis(redis.toString());
  await raw.connect();
  try {
    producer = await NestFactory.createApplicationContext(ProducerModule, { logger: ['error'] });
    const tx = producer.get(Transactions);
    const mail = producer.get(MailService);
    const organizationId = randomUUID();
    // 200 recipients who read their notifications in the app only (the category's e-mail turned off), and 200
    // who also get the e-mail.
    const quiet = Array.from({ length: 200 }, () => randomUUID());
    const mailed = Array.from({ length: 200 }, () => randomUUID());
    await raw.query(
      `INSERT INTO email_preference (user_id, category, email_enabled) SELECT u, $2, false FROM unnest($1::uuid[]) u`,
      [quiet, categoryOf(TEMPLATE)],
    );
    let signals = 0;
    await subscriber.psubscribe(`${env.QUEUE_PREFIX}:notifications.unread:*`);
    subscriber.on('pmessage', () => signals++);

    // PRODUCERS transactions at a time, as that many API requests (round openings) would run at once.
    const queue = async (count: number, users: string[]) => {
      let next = 0;
      const producer = async () => {
        for (let done = next; done < count; done = next) {
          next += BATCH;
          await batch(done, count, users);
        }
      };
      await Promise.all(Array.from({ length: PRODUCERS }, producer));
    };
    const batch = (done: number, count: number, users: string[]) =>
      tx.run((em) =>
        mail.queueAll(
          em,
          Array.from({ length: Math.min(BATCH, count - done) }, (_, k) => {
            const i = done + k;
            return {
              to: `reviewer-${i % users.length}@bench.sixcan`,
              template: TEMPLATE,
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
    const until = async (what: string, done: () => Promise<boolean>) => {
      const deadline = Date.now() + 3 * 60_000;
      for (;;) {
        if (await done()) return;
        if (Date.now() > deadline) throw new Error(`${what} not processed within 3 minutes`);
        if (worker.exitCode !== null) throw new Error('the worker stopped');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    // Each batch of 100 names 100 different users of the 200: one signal per notification.
    const signalled = (total: number) => until(`${total} notifications`, async () => signals >= total);
    const sent = async (total: number) =>
      until(`${total} e-mails`, async () => {
        const { rows } = await raw.query(`SELECT count(*)::int AS n FROM mail_message WHERE status = 'SENT'`);
        return (rows[0] as { n: number }).n >= total;
      });
    // Writes other benchmarks left behind (a million seeded rows) are flushed first, not measured here.
    await raw.query('CHECKPOINT').catch(() => undefined);
    // Warm-up: connections, prepared paths, the worker's queues, the JIT.
    const WARM_UP = BATCH * 10;
    await queue(WARM_UP, quiet);
    await signalled(WARM_UP);
    const started = process.hrtime.bigint();
    await queue(NOTIFICATIONS, quiet);
    const queued = Number(process.hrtime.bigint() - started) / 1e9;
    await signalled(WARM_UP + NOTIFICATIONS);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const perSecond = NOTIFICATIONS / seconds;
    const [{ suppressed }] = (
      await raw.query(`SELECT count(*)::int AS suppressed FROM mail_message WHERE status = 'SUPPRESSED'`)
    ).rows as [{ suppressed: number }];
    if (suppressed !== WARM_UP + NOTIFICATIONS) throw new Error(`${suppressed} e-mails held back, not all`);

    // For context: the same with e-mail (rendered, MIME-encoded and written as .eml; no SMTP).
    await queue(BATCH, mailed);
    await sent(BATCH);
    const mailStarted = process.hrtime.bigint();
    await queue(EMAILS, mailed);
    await sent(BATCH + EMAILS);
    const mailSeconds = Number(process.hrtime.bigint() - mailStarted) / 1e9;

    const sets = (setBefore + redisSetsPerSecond(redis)) / 2;
    const ceiling = await emptyJobsPerSecond(redis.toString(), `${env.QUEUE_PREFIX}empty`);
    return {
      name: 'P7 notifications/s ÷ Redis SET/s',
      value: perSecond / sets,
      op: '>=',
      target: 0.08,
      detail: `${NOTIFICATIONS} notifications in ${seconds.toFixed(2)} s = ${perSecond.toFixed(0)}/s (all queued after ${queued.toFixed(2)} s by ${PRODUCERS} producers, each signal received by a subscriber); redis-benchmark SET ${sets.toFixed(0)}/s; with e-mail: ${EMAILS} e-mails sent in ${mailSeconds.toFixed(2)} s = ${(EMAILS / mailSeconds).toFixed(0)}/s; for scale, BullMQ alone runs ${ceiling.toFixed(0)} empty jobs/s here (${(ceiling / sets).toFixed(3)} of SET/s)`,
    };
  } finally {
    subscriber.disconnect();
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
 * Context for the figure, not part of it: jobs/s of BullMQ alone on the same Redis (8,000 jobs added in
 * batches of 100 through addBulk, the job defaults, WORKER_LIGHT_CONCURRENCY), with a processor that does
 * nothing: the ceiling of one job per notification.
 */
async function emptyJobsPerSecond(url: string, prefix: string): Promise<number> {
  const total = 8000;
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
