import { seedRoadshows } from '@sixcan/server-roadshows';
import { randomUUID } from 'node:crypto';
import { member, must, REFERENCE_PRESENTERS, shortlist, startWorld, World } from './roadshows.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

describe('demo seed', () => {
  it('writes a live 3-hour roadshow of 12 projects from 8 countries with critiques and intents on past pitches, once', async () => {
    // 14 candidates in 10 countries: the seed takes 12 from 8 of them, one per country first.
    const presenters = [
      ...REFERENCE_PRESENTERS,
      { country: 'FR', zone: 'Europe/Paris' },
      { country: 'KR', zone: 'Asia/Seoul' },
    ];
    const { org, programmeId, projectIds } = await shortlist(world, presenters);
    const commentators = [
      await member(world, org, ['COMMENTATOR'], 'Dr. One'),
      await member(world, org, ['COMMENTATOR'], 'Dr. Two'),
    ];
    const candidates: { id: string; country: string; presenterTimeZone: string; availability: [] }[] =
      await world.db.query(
        `SELECT id, country, presenter_time_zone AS "presenterTimeZone", availability FROM project WHERE id = ANY($1) ORDER BY submitted_at, id`,
        [projectIds],
      );
    const intents = projectIds.flatMap((projectId) =>
      [0, 1].map(() => ({ intentId: randomUUID(), projectId, partnerId: randomUUID() })),
    );
    const now = new Date('2026-12-10T13:40:00Z');
    const options = {
      organizationId: org.me.organization.id,
      programmeId,
      candidates,
      commentatorUserIds: commentators.map((c) => c.userId),
      intents,
      now,
    };
    expect(await seedRoadshows(world.db, options)).toMatch(
      /^1 live roadshow, 12 projects from 8 countries \(\d+ live, \d+ pre-recorded\), \d+ pitched, \d+ critiques, \d+ roadshow intents$/,
    );
    expect(await seedRoadshows(world.db, options)).toBe('already there');

    const [event] = await world.db.query(
      `SELECT id, status, starts_at, ends_at, mode FROM roadshow_event WHERE programme_id = $1`,
      [programmeId],
    );
    expect(event).toMatchObject({ status: 'LIVE', mode: 'ONLINE' });
    expect((event.ends_at as Date).getTime() - (event.starts_at as Date).getTime()).toBe(3 * 3600_000);
    const slots: { id: string; project_id: string; status: string; ends_at: Date; country: string }[] =
      await world.db.query(
        `SELECT s.id, s.project_id, s.status, s.ends_at, p.country FROM roadshow_slot s JOIN project p ON p.id = s.project_id
        WHERE s.roadshow_id = $1 ORDER BY s.position`,
        [event.id],
      );
    expect(slots).toHaveLength(12);
    expect(new Set(slots.map((s) => s.country)).size).toBe(8);
    const done = slots.filter((s) => s.status === 'DONE');
    expect(done.length).toBeGreaterThan(3);
    expect(done.every((s) => s.ends_at <= now)).toBe(true);
    expect(slots.filter((s) => s.status === 'ON_STAGE').length).toBeLessThanOrEqual(1);

    const critiques: { slot_id: string; author_user_id: string }[] = await world.db.query(
      `SELECT slot_id, author_user_id FROM roadshow_commentary WHERE roadshow_id = $1`,
      [event.id],
    );
    expect(critiques).toHaveLength(done.length * 2);
    expect(new Set(critiques.map((c) => c.slot_id))).toEqual(new Set(done.map((s) => s.id)));
    const tally: { slot_id: string }[] = await world.db.query(
      `SELECT slot_id FROM roadshow_intent WHERE roadshow_id = $1`,
      [event.id],
    );
    expect(tally.length).toBeGreaterThanOrEqual(done.length * 2);
    const pitched = new Set(slots.filter((s) => s.status !== 'SCHEDULED').map((s) => s.id));
    expect(tally.every((t) => pitched.has(t.slot_id))).toBe(true);

    // Seeded data reads back through the API: the organizer's console, a commentator's own critiques.
    const { roadshowLive } = await must(
      world.api.gql<{ roadshowLive: { status: string; totalIntents: number; slots: unknown[] } }>(
        `query($id: ID!) { roadshowLive(roadshowId: $id) { status totalIntents slots { id } } }`,
        { id: event.id },
        org.accessToken,
      ),
    );
    expect(roadshowLive).toMatchObject({ status: 'LIVE', totalIntents: tally.length });
    const { commentaries } = await must(
      world.api.gql<{ commentaries: { authorUserId: string }[] }>(
        `query($id: ID!) { commentaries(roadshowId: $id) { authorUserId } }`,
        { id: event.id },
        await commentators[0]?.token(),
      ),
    );
    expect(commentaries).toHaveLength(done.length);
    expect(commentaries.every((c) => c.authorUserId === commentators[0]?.userId)).toBe(true);
  });
});
