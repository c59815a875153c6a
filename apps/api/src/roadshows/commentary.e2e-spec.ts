import {
  codeOf,
  member,
  must,
  referenceRoadshow,
  RoadshowView,
  signUpOrganizer,
  startWorld,
  World,
} from './roadshows.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const ADD = `mutation($s: ID!, $i: CommentaryInput!) { addCommentary(slotId: $s, input: $i) {
  id roadshowId slotId projectId authorUserId authorName entries { dimension rating note } text createdAt } }`;
const LIST = `query($r: ID, $s: ID) { commentaries(roadshowId: $r, slotId: $s) { id authorUserId slotId text } }`;

const CRITIQUE = {
  entries: [
    { dimension: 'ATTEND', rating: 4, note: 'The team can be in Shenzhen in May.' },
    { dimension: 'INNOVATION', rating: 5 },
  ],
  text: 'Strong pilot data; the licence terms need work.',
};

describe('commentary', () => {
  it('is written by assigned commentators while live, and read by organizers (all) and each author (own) only', async () => {
    const { org, applicant, roadshow } = await referenceRoadshow(world);
    const [c1, c2] = [
      await member(world, org, ['REVIEWER'], 'Dr. One'),
      await member(world, org, ['ORGANIZER'], 'Dr. Two'),
    ];
    const outsider = await member(world, org, ['COMMENTATOR'], 'Dr. Elsewhere');
    const partner = await member(world, org, ['PARTNER'], 'Partner member');
    await must(
      world.api.gql(
        `mutation($id: ID!, $u: [ID!]!) { assignCommentators(id: $id, userIds: $u) { commentators { userId displayName } } }`,
        { id: roadshow.id, u: [c1.userId, c2.userId] },
        org.accessToken,
      ),
    );
    const run = (m: string) =>
      must(
        world.api.gql(`mutation($id: ID!) { ${m}(id: $id) { id } }`, { id: roadshow.id }, org.accessToken),
      );
    const slot = roadshow.plan.slots[0] as RoadshowView['plan']['slots'][0];
    const other = roadshow.plan.slots[1] as RoadshowView['plan']['slots'][0];
    const add = async (who: { token: () => Promise<string> }, slotId: string, input: object = CRITIQUE) =>
      world.api.gql<{ addCommentary: { id: string; createdAt: string; authorName: string } }>(
        ADD,
        { s: slotId, i: input },
        await who.token(),
      );

    await run('publishRoadshow');
    const early = await add(c1, slot.id);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROADSHOW_NOT_LIVE' });
    await run('startRoadshow');

    const written = await must(add(c1, slot.id));
    expect(written.addCommentary).toMatchObject({ authorName: 'Dr. One' });
    expect(Date.parse(written.addCommentary.createdAt)).not.toBeNaN();
    await must(add(c2, slot.id, { entries: [{ dimension: 'LAND', rating: 3 }] }));
    await must(add(c2, other.id, { entries: [], text: 'No show of the CTO.' }));

    const invalid = await add(c1, slot.id, {
      entries: [
        { dimension: 'ATTEND', rating: 6 },
        { dimension: 'CHARISMA', rating: 3 },
      ],
    });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'INVALID_COMMENTARY',
      codes: ['RATING_OUT_OF_RANGE', 'UNKNOWN_DIMENSION'],
    });
    expect((await add(c1, slot.id, { entries: [], text: '  ' })).errors?.[0]?.extensions).toMatchObject({
      codes: ['EMPTY'],
    });

    const list = async (who: string, vars: Record<string, unknown>) =>
      world.api.gql<{ commentaries: { authorUserId: string; slotId: string }[] }>(LIST, vars, who);
    const organizer = (await must(list(org.accessToken, { r: roadshow.id }))).commentaries;
    expect(organizer).toHaveLength(3);
    const bySlot = (await must(list(org.accessToken, { s: slot.id }))).commentaries;
    expect(bySlot.map((c) => c.authorUserId).sort()).toEqual([c1.userId, c2.userId].sort());
    const own = (await must(list(await c1.token(), { r: roadshow.id }))).commentaries;
    expect(own.map((c) => c.authorUserId)).toEqual([c1.userId]);
    const ownSlot = (await must(list(await c2.token(), { s: other.id }))).commentaries;
    expect(ownSlot.map((c) => c.authorUserId)).toEqual([c2.userId]);

    // Everyone else gets nothing: the partner and the applicant are refused by role, a commentator of no
    // assignment and another organisation find nothing.
    expect(codeOf(await list(await partner.token(), { r: roadshow.id }))).toBe('FORBIDDEN');
    expect(codeOf(await list(applicant.accessToken, { r: roadshow.id }))).toBe('FORBIDDEN');
    expect(codeOf(await list(applicant.accessToken, { s: slot.id }))).toBe('FORBIDDEN');
    expect(codeOf(await list(await outsider.token(), { r: roadshow.id }))).toBe('NOT_FOUND');
    expect(codeOf(await list(await outsider.token(), { s: slot.id }))).toBe('NOT_FOUND');
    expect(codeOf(await add(outsider, slot.id))).toBe('NOT_FOUND');
    expect(codeOf(await add(partner, slot.id))).toBe('FORBIDDEN');
    const stranger = await signUpOrganizer(world.api);
    expect(codeOf(await list(stranger.accessToken, { r: roadshow.id }))).toBe('NOT_FOUND');
    expect(codeOf(await list(stranger.accessToken, { s: slot.id }))).toBe('NOT_FOUND');
    // Nor does the live state or the public schedule carry any of it.
    const live = await must(
      world.api.gql<{ roadshowLive: Record<string, unknown> }>(
        `query($id: ID!) { roadshowLive(roadshowId: $id) { roadshowId } }`,
        { id: roadshow.id },
        await partner.token(),
      ),
    );
    expect(Object.keys(live.roadshowLive)).toEqual(['roadshowId']);
  });

  it('shows a public schedule of published events only, without personal data, the stream only while live', async () => {
    const { org, roadshow } = await referenceRoadshow(world);
    const query = `query($id: ID!) { publicRoadshow(id: $id) { id title { en } mode status streamUrl timeZone startsAt endsAt
      slots { order projectTitle { en } country organizationName startsAt endsAt delivery status } breaks { startsAt endsAt } } }`;
    expect(codeOf(await world.api.gql(query, { id: roadshow.id }))).toBe('NOT_FOUND');
    const run = (m: string) =>
      must(
        world.api.gql(`mutation($id: ID!) { ${m}(id: $id) { id } }`, { id: roadshow.id }, org.accessToken),
      );
    await run('publishRoadshow');
    const published = await must(
      world.api.gql<{ publicRoadshow: Record<string, unknown> & { slots: unknown[] } }>(query, {
        id: roadshow.id,
      }),
    );
    expect(published.publicRoadshow).toMatchObject({
      status: 'PUBLISHED',
      streamUrl: null,
      timeZone: 'Asia/Shanghai',
    });
    expect(published.publicRoadshow.slots).toHaveLength(12);
    expect(published.publicRoadshow.slots[0]).toMatchObject({
      order: 1,
      startsAt: '2026-12-10T12:00:00.000Z',
    });
    const text = JSON.stringify(published);
    expect(text).not.toMatch(/@|Presenter \d/);
    await run('startRoadshow');
    const live = await must(
      world.api.gql<{ publicRoadshow: { streamUrl: string } }>(query, { id: roadshow.id }),
    );
    expect(live.publicRoadshow.streamUrl).toBe('https://live.example.org/roadshow');
  });
});
