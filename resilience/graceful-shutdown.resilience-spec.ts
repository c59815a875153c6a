import { MailCatcher, TEST_DATABASE_URL } from '@sixcan/server-testing';
import { Client } from 'pg';
import { createProgramme, signUpOrganizer } from '../apps/api/src/intake/intake.fixtures';
import { expectFigure } from './support/figures';
import { MailLoad } from './support/mail-load';
import { NodeService, testServerEnv, until } from './support/processes';

/**
 * R10: SIGTERM reaches the api while 20 requests are inside it (each waiting in PostgreSQL for a row
 * lock the test holds), and the worker while 64 e-mails are in flight at the SMTP server. Every
 * request is answered, every job in flight finishes, and the rest wait in the queue for the next
 * worker.
 */
jest.setTimeout(240_000);

const IN_FLIGHT = 20;
const MAILS = 300;
const catcher = new MailCatcher();
const services: NodeService[] = [];
let load: MailLoad | undefined;
let db: Client | undefined;

afterAll(async () => {
  for (const service of services) await service.signal('SIGTERM');
  await load?.close();
  await db?.end();
  await catcher.stop();
});

it('R10 answers every request in flight when the api gets SIGTERM', async () => {
  const api = await NodeService.api(testServerEnv('shutdown', { DATABASE_POOL_SIZE: String(IN_FLIGHT + 5) }));
  services.push(api);
  const organizer = await signUpOrganizer(api);
  const { id } = await createProgramme(api, organizer, { open: false });

  const lock = (db = new Client({ connectionString: TEST_DATABASE_URL }));
  await lock.connect();
  await lock.query('BEGIN');
  await lock.query('SELECT 1 FROM programme WHERE id = $1 FOR UPDATE', [id]);
  const requests = Array.from({ length: IN_FLIGHT }, (_, i) =>
    api.gql<{ updateProgramme: { id: string } }>(
      'mutation($id: ID!, $i: ProgrammeInput!) { updateProgramme(id: $id, input: $i) { id } }',
      { id, i: { description: { en: `R10 update ${i}` } } },
      organizer.accessToken,
    ),
  );
  // Every request has reached PostgreSQL and waits, directly or in line, for the row the test locked
  // (the activity view is read afresh each time: inside a transaction it is otherwise read once).
  const waiting = async () =>
    (
      await lock.query('SELECT pg_stat_clear_snapshot()').then(() =>
        lock.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'
           AND query LIKE 'SELECT "Programme"."id"%'`,
        ),
      )
    ).rows[0]?.n ?? 0;
  const settled: unknown[] = [];
  requests.forEach((r) => void r.then((answer) => settled.push(answer)));
  let seen = 0;
  await until(
    `${IN_FLIGHT} requests waiting in the api`,
    async () => (seen = await waiting()) === IN_FLIGHT || settled.length > 0,
  ).catch((error: Error) => {
    throw new Error(`${error.message}: ${seen} waiting`);
  });
  expect(settled).toEqual([]);

  const exited = api.signal('SIGTERM');
  await until('the api to stop listening', async () => {
    try {
      await fetch(`${api.url}/health/live`);
      return false;
    } catch {
      return true;
    }
  });
  await lock.query('COMMIT');
  const answers = await Promise.all(requests);
  await exited;

  const answered = answers.filter((a) => a.status === 200 && a.data?.updateProgramme.id === id && !a.errors);
  const [{ n: audited }] = (
    await lock.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'programme.updated'`,
      [id],
    )
  ).rows as [{ n: number }];
  expect(api.running).toBe(false);
  expect(audited).toBe(IN_FLIGHT);
  expectFigure({
    id: 'R10',
    name: 'requests in flight at SIGTERM that failed',
    value: IN_FLIGHT - answered.length,
    op: '==',
    target: 0,
    detail: `${IN_FLIGHT} requests inside the api at SIGTERM, ${answered.length} answered and written; new connections refused meanwhile`,
  });
});

it('R10 lets the jobs in flight finish when the worker gets SIGTERM, and leaves the rest queued', async () => {
  const env = testServerEnv('shutdown', { SMTP_URL: await catcher.start() });
  const producer = (load = await MailLoad.start(env));
  await producer.queue(MAILS);
  const worker = await NodeService.worker(env);
  services.push(worker);
  await catcher.waitFor(50, 120_000);
  catcher.hold();
  await until('the claimed e-mails to wait at the server', async () => {
    const sending = (await producer.status()).mails['SENDING'] ?? 0;
    return sending > 0 && sending === catcher.heldCount.held;
  });
  const inFlight = catcher.heldCount.held;
  const deliveredBefore = catcher.messages.length;
  const exited = worker.signal('SIGTERM');
  catcher.release();
  await exited;
  const afterStop = await producer.status();
  const deliveredByFirst = catcher.messages.length;

  services.push(await NodeService.worker(env));
  await catcher.waitFor(MAILS, 120_000);
  await until('every e-mail marked sent', async () => (await producer.status()).mails['SENT'] === MAILS);
  const ids = catcher.messages.map((m) => m.messageId);

  expect(worker.running).toBe(false);
  expect(afterStop.mails['SENDING'] ?? 0).toBe(0);
  expect((afterStop.mails['SENT'] ?? 0) + (afterStop.mails['QUEUED'] ?? 0)).toBe(MAILS);
  expect(afterStop.mails['QUEUED'] ?? 0).toBeGreaterThan(0);
  expectFigure({
    id: 'R10',
    name: 'jobs in flight at SIGTERM that did not finish',
    value: deliveredBefore + inFlight - Math.min(deliveredByFirst, deliveredBefore + inFlight),
    op: '==',
    target: 0,
    detail: `${inFlight} e-mails in flight finished before the worker exited; ${afterStop.mails['QUEUED']} left queued for the next worker`,
  });
  expectFigure({
    id: 'R10',
    name: 'e-mails lost or sent twice across the shutdown',
    value: Math.abs(MAILS - new Set(ids).size) + (ids.length - new Set(ids).size),
    op: '==',
    target: 0,
  });
});
