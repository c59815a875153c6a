import { QueueBackend } from '@sixcan/server-core';
import { REMINDER_KIND, RemindProcessor } from '@sixcan/server-screening';
import type { Queue } from 'bullmq';
import { mailsTo, myAssignments, openedRound, review, startWorld, World } from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

describe('review reminders', () => {
  it('e-mails reviewers with unsubmitted reviews once, 48 hours before the deadline, however often the job runs', async () => {
    const soon = new Date(Date.now() + 24 * 3600_000).toISOString();
    const due = await openedRound(world, { projects: 2, reviewers: 2, k: 2, round: { deadline: soon } });
    const later = await openedRound(world, { projects: 1, reviewers: 1, k: 1 });
    const [done, late] = due.reviewers as [(typeof due.reviewers)[0], (typeof due.reviewers)[0]];
    for (const a of await myAssignments(world.api, done.auth, due.round.id))
      await review(world.api, done.auth, a.id, 7);
    const [first] = await myAssignments(world.api, late.auth, due.round.id);
    await review(world.api, late.auth, first?.id as string, 6);

    const processor = world.worker.get(RemindProcessor);
    await Promise.all([processor.handle({}), processor.handle({})]);
    await processor.handle({});

    const reminders = await mailsTo(world.db, late.profile.email, 'screening.reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.params).toMatchObject({ count: '1', round: '1' });
    expect(reminders[0]?.params['link']).toBe('https://sixcan.example.org/review');
    expect(await mailsTo(world.db, done.profile.email, 'screening.reminder')).toHaveLength(0);
    // Five days before its deadline, the other round is not reminded yet.
    expect(
      await mailsTo(world.db, later.reviewers[0]?.profile.email as string, 'screening.reminder'),
    ).toHaveLength(0);
    const rows = await world.db.query(`SELECT kind, pending FROM review_reminder WHERE round_id = $1`, [
      due.round.id,
    ]);
    expect(rows).toEqual([{ kind: REMINDER_KIND, pending: 1 }]);
  });

  it('runs every hour through a BullMQ job scheduler registered by the worker', async () => {
    const queue = world.worker.get(QueueBackend).queue('screening') as unknown as Queue;
    const scheduler = await queue.getJobScheduler('screening.remind-hourly');
    expect(scheduler).toMatchObject({ name: 'screening.remind', every: 3600_000 });
  });
});
