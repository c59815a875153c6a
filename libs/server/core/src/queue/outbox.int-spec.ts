import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { CoreModule } from '../core.module';
import { Transactions } from '../database/transactions';
import { Outbox, OutboxRelay } from './outbox';
import { QueueBackend } from './queue-backend';

describe.each([
  ['redis', {}],
  ['postgres', { REDIS_URL: '' }],
])('outbox on the %s queue backend', (kind, overrides) => {
  let close: () => Promise<void>;
  let tx: Transactions;
  let outbox: Outbox;
  let relay: OutboxRelay;
  let queues: QueueBackend;
  let db: DataSource;

  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ applicationName: 'test' })],
    })
      .overrideProvider(AppConfig)
      .useValue(new AppConfig({ ...process.env, ...overrides }))
      .compile();
    const app = await module.init();
    close = () => app.close();
    tx = app.get(Transactions);
    outbox = app.get(Outbox);
    relay = app.get(OutboxRelay);
    queues = app.get(QueueBackend);
    db = app.get(getDataSourceToken());
    expect(queues.kind).toBe(kind);
  });

  afterAll(() => close());

  const rowsFor = (jobId: string) =>
    db.query(`SELECT dispatched_at FROM outbox_message WHERE job_id = $1`, [jobId]) as Promise<unknown[]>;

  it('enqueues nothing when the transaction rolls back', async () => {
    const probeId = randomUUID();
    const jobId = `system.probe-${probeId}`;
    await expect(
      tx.run(async (em) => {
        await outbox.enqueue(em, 'system.probe', { probeId }, { jobId });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await relay.dispatch();
    expect(await rowsFor(jobId)).toHaveLength(0);
    expect(await queues.queue('system').getJob(jobId)).toBeUndefined();
  });

  it('enqueues exactly one job when the transaction commits, even when enqueue and relay are retried', async () => {
    const probeId = randomUUID();
    const jobId = `system.probe-${probeId}`;
    await tx.run((em) => outbox.enqueue(em, 'system.probe', { probeId }, { jobId }));
    const job = await queues.queue('system').getJob(jobId);
    expect(job?.data).toEqual({ probeId });

    // The same logical job enqueued again (a retried request) and the relay run again (a second process).
    await tx.run((em) => outbox.enqueue(em, 'system.probe', { probeId }, { jobId }));
    await db.query(`UPDATE outbox_message SET dispatched_at = NULL WHERE job_id = $1`, [jobId]);
    await Promise.all([relay.dispatch(), relay.dispatch()]);

    expect(await rowsFor(jobId)).toHaveLength(1);
    const waiting = await queues.queue('system').getJobCounts('waiting', 'delayed', 'active', 'completed');
    expect(Object.values(waiting).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('keeps a committed job in the outbox when the queue is unreachable, and delivers it later', async () => {
    const probeId = randomUUID();
    const jobId = `system.probe-${probeId}`;
    const add = jest.spyOn(queues.queue('system'), 'addBulk').mockRejectedValueOnce(new Error('queue down'));
    await tx.run((em) => outbox.enqueue(em, 'system.probe', { probeId }, { jobId }));
    add.mockRestore();
    const [row] = (await db.query(
      `SELECT dispatched_at, attempts, last_error FROM outbox_message WHERE job_id = $1`,
      [jobId],
    )) as { dispatched_at: Date | null; attempts: number; last_error: string }[];
    expect(row).toMatchObject({ dispatched_at: null, attempts: 1, last_error: 'queue down' });
    await db.query(`UPDATE outbox_message SET available_at = now() WHERE job_id = $1`, [jobId]);
    await relay.dispatch();
    expect(await queues.queue('system').getJob(jobId)).toBeDefined();
  });

  it("leaves another environment's rows (another QUEUE_PREFIX on the same database) to that environment", async () => {
    const probeId = randomUUID();
    const jobId = `system.probe-${probeId}`;
    await db.query(
      `INSERT INTO outbox_message (queue, name, job_id, payload, queue_prefix) VALUES ('system', 'system.probe', $1, $2, 'elsewhere')`,
      [jobId, JSON.stringify({ probeId })],
    );
    await relay.dispatch();
    expect(await rowsFor(jobId)).toEqual([{ dispatched_at: null }]);
    expect(await queues.queue('system').getJob(jobId)).toBeUndefined();
    await db.query(`DELETE FROM outbox_message WHERE job_id = $1`, [jobId]);
  });

  it('refuses to enqueue outside a transaction', async () => {
    await expect(
      outbox.enqueue(db.manager, 'system.probe', { probeId: randomUUID() }, { jobId: randomUUID() }),
    ).rejects.toThrow(/inside a transaction/);
  });
});
