import { readdirSync } from 'node:fs';
import { expectFigure } from './support/figures';
import { MailLoad } from './support/mail-load';
import { NodeService, RedisServer, testServerEnv, until } from './support/processes';

/**
 * R6: Redis (AOF, noeviction, as in production) is killed with `kill -9` while 1,000 notifications
 * are queued, half of them handed to BullMQ before the kill and half written while Redis is down.
 * After the restart every e-mail is sent exactly once, and the API answered reads throughout.
 */
const TOTAL = 1000;
jest.setTimeout(240_000);

let redis: RedisServer;
let api: NodeService | undefined;
let worker: NodeService | undefined;
let load: MailLoad | undefined;

afterAll(async () => {
  await worker?.signal('SIGTERM');
  await api?.signal('SIGTERM');
  await load?.close();
  await redis?.stop();
});

it('R6 loses no notification when Redis is killed, and keeps answering reads meanwhile', async () => {
  redis = await RedisServer.start();
  const env = testServerEnv('redis-crash', { REDIS_URL: redis.url });
  const mailDir = env.MAIL_DROP_DIR;
  api = await NodeService.api(env);
  const producer = (load = await MailLoad.start(env));
  const token = load.token();
  const read = async () => {
    const response = await fetch(`${api?.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ unreadNotificationCount }' }),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: { unreadNotificationCount?: number } };
    return response.status === 200 && typeof body.data?.unreadNotificationCount === 'number'
      ? body.data.unreadNotificationCount
      : -1;
  };

  await load.queue(TOTAL / 2);
  const handedOver = (await load.counts()).wait ?? 0;
  expect(handedOver).toBe(TOTAL / 2);

  await redis.kill9();
  // Written while Redis is down: committed with their outbox rows, handed over later.
  await load.queue(TOTAL / 2, 100, TOTAL / 2);
  const reads = await Promise.all(Array.from({ length: 50 }, read));
  const failedReads = reads.filter((n) => n !== TOTAL).length;
  const ready = await fetch(`${api.url}/health/ready`);

  await redis.start();
  let afterRestart = 0;
  await until('the producer to reconnect', async () => {
    afterRestart = (await producer.counts()).wait ?? 0;
    return true;
  });
  worker = await NodeService.worker(env);
  let last = await load.status();
  await until(
    'every e-mail sent',
    async () => (last = await producer.status()).mails['SENT'] === TOTAL,
    120_000,
    200,
  ).catch((error: Error) => {
    throw new Error(
      `${error.message}: ${JSON.stringify(last)}; ${afterRestart} jobs waiting after the restart; worker: ${worker?.log.slice(-3000)}`,
    );
  });
  const status = await load.status();
  const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
  const distinct = new Set(files.map((f) => /-([0-9a-f-]{36})\.eml$/.exec(f)?.[1])).size;

  expect(ready.status).toBe(503);
  expect(status.outboxPending).toBe(0);
  expect(status.notifications).toBe(TOTAL);
  expectFigure({
    id: 'R6',
    name: 'jobs lost by Redis after kill -9',
    value: handedOver - Math.min(handedOver, afterRestart),
    op: '==',
    target: 0,
    detail: `${handedOver} in Redis before the kill, ${afterRestart} after the AOF replay`,
  });
  expectFigure({
    id: 'R6',
    name: 'notifications lost',
    value: TOTAL - distinct,
    op: '==',
    target: 0,
    detail: `${TOTAL} queued (${TOTAL / 2} while Redis was down), ${distinct} distinct e-mails sent, ${status.notifications} in-app notifications`,
  });
  expectFigure({
    id: 'R6',
    name: 'duplicate e-mails',
    value: files.length - distinct,
    op: '==',
    target: 0,
  });
  expectFigure({
    id: 'R6',
    name: 'failed reads while Redis was down',
    value: failedReads,
    op: '==',
    target: 0,
    detail: `${reads.length} reads of unreadNotificationCount; /health/ready answered ${ready.status}`,
  });
});
