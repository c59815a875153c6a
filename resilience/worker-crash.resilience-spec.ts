import { MailCatcher } from '@sixcan/server-testing';
import { expectFigure } from './support/figures';
import { MailLoad } from './support/mail-load';
import { NodeService, testServerEnv, until } from './support/processes';

/**
 * R7: a worker is killed with `kill -9` in the middle of a batch of 1,000 e-mails to a real SMTP
 * server, with e-mails in flight (received by the server, not yet answered). Its jobs return to the
 * queue, its claims lapse, and the next worker sends every e-mail exactly once; the in-app
 * notifications were written with the e-mails and are not repeated.
 */
const TOTAL = 1000;
jest.setTimeout(240_000);

const catcher = new MailCatcher();
const workers: NodeService[] = [];
let load: MailLoad | undefined;

afterAll(async () => {
  for (const worker of workers) await worker.signal('SIGTERM');
  await load?.close();
  await catcher.stop();
});

it('R7 sends no e-mail twice and loses none when a worker dies mid-batch', async () => {
  const env = testServerEnv('worker-crash', {
    SMTP_URL: await catcher.start(),
    // A dead worker's jobs come back after the lock lapses, its claims after the lease.
    QUEUE_LOCK_MS: '2000',
    MAIL_SEND_LEASE_MS: '3000',
  });
  const producer = (load = await MailLoad.start(env));
  await producer.queue(TOTAL);

  const first = await NodeService.worker(env);
  workers.push(first);
  await catcher.waitFor(TOTAL / 4, 120_000);
  // Mid-batch: hold the server's answers until every claimed e-mail is at the server, unanswered.
  catcher.hold();
  let sending = 0;
  await until('every claimed e-mail to wait for its answer', async () => {
    sending = (await producer.status()).mails['SENDING'] ?? 0;
    return sending > 0 && sending === catcher.heldCount.held;
  });
  const deliveredBefore = catcher.messages.length;
  await first.signal('SIGKILL');
  await until('the dead worker’s connections to close', () => catcher.heldCount.connected === 0);
  const inFlight = catcher.heldCount.held;
  catcher.release();

  workers.push(await NodeService.worker(env));
  await catcher.waitFor(TOTAL, 120_000);
  await until('every e-mail marked sent', async () => (await producer.status()).mails['SENT'] === TOTAL);
  // Let any stray second run show itself: every job of the queue has finished.
  await until('the mail queue to drain', async () => {
    const counts = await producer.counts();
    return (counts['wait'] ?? 0) + (counts['active'] ?? 0) + (counts['delayed'] ?? 0) === 0;
  });
  const status = await producer.status();
  const ids = catcher.messages.map((m) => m.messageId);
  const distinct = new Set(ids).size;

  expect(deliveredBefore).toBeGreaterThanOrEqual(TOTAL / 4);
  expect(inFlight).toBeGreaterThan(0);
  expect(status.notifications).toBe(TOTAL);
  expectFigure({
    id: 'R7',
    name: 'duplicate e-mails after a worker was killed mid-batch',
    value: ids.length - distinct,
    op: '==',
    target: 0,
    detail: `${deliveredBefore} delivered before the kill, ${inFlight} in flight at the kill, ${catcher.messages.length} delivered in all`,
  });
  expectFigure({ id: 'R7', name: 'e-mails lost', value: TOTAL - distinct, op: '==', target: 0 });
  expectFigure({
    id: 'R7',
    name: 'duplicate in-app notifications',
    value: status.notifications - TOTAL,
    op: '==',
    target: 0,
  });
});
