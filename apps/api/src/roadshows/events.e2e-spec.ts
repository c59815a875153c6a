import {
  addProjects,
  codeOf,
  createRoadshow,
  must,
  REFERENCE_EVENT,
  referenceRoadshow,
  ROADSHOW,
  RoadshowView,
  shortlist,
  signUpOrganizer,
  startWorld,
  World,
} from './roadshows.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const CREATE = `mutation($i: CreateRoadshowInput!) { createRoadshow(input: $i) { ${ROADSHOW} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateRoadshowInput!, $v: Int!) { updateRoadshow(id: $id, input: $i, version: $v) { ${ROADSHOW} } }`;
const MOVE = `mutation($r: ID!, $p: ID!, $to: Int!, $v: Int!) { moveSlot(roadshowId: $r, projectId: $p, toIndex: $to, version: $v) { ${ROADSHOW} } }`;

const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.['reason'];

describe('roadshow events', () => {
  it('creates a draft event and refuses bad settings with a reason', async () => {
    const { org, programmeId } = await shortlist(world, []);
    const bad = async (change: Record<string, unknown>) => {
      const r = await world.api.gql(
        CREATE,
        { i: { programmeId, ...REFERENCE_EVENT, ...change } },
        org.accessToken,
      );
      return { code: codeOf(r), reason: reasonOf(r) };
    };
    expect(await bad({ timeZone: 'Mars/Olympus_Mons' })).toEqual({
      code: 'VALIDATION',
      reason: 'INVALID_TIME_ZONE',
    });
    expect(await bad({ endsAt: '2026-12-10T11:00:00Z' })).toEqual({
      code: 'VALIDATION',
      reason: 'WINDOW_END_BEFORE_START',
    });
    expect(await bad({ streamUrl: 'http://live.example.org/roadshow' })).toEqual({
      code: 'VALIDATION',
      reason: 'STREAM_URL_NOT_HTTPS',
    });
    expect(await bad({ slotMinutes: 0 })).toEqual({ code: 'VALIDATION', reason: 'INVALID_SLOT_LENGTH' });
    expect(await bad({ title: { zh: ' ', en: null } })).toEqual({
      code: 'VALIDATION',
      reason: 'TITLE_REQUIRED',
    });
    expect(await bad({ mode: 'ON_SITE', venue: null })).toEqual({
      code: 'VALIDATION',
      reason: 'VENUE_REQUIRED',
    });
    expect(
      await bad({
        breaks: { windows: [{ startsAt: '2026-12-10T13:00:00Z', endsAt: '2026-12-10T12:50:00Z' }] },
      }),
    ).toEqual({ code: 'VALIDATION', reason: 'INVALID_BREAK' });

    const created = await createRoadshow(world, org, programmeId);
    expect(created).toMatchObject({
      status: 'DRAFT',
      version: 1,
      projectIds: [],
      streamUrl: 'https://live.example.org/roadshow',
      plan: { mode: 'OPTIMISED', slots: [], summary: { live: 0, unplaced: 0 } },
    });
    const { updateRoadshow } = await must<{
      updateRoadshow: RoadshowView & { slotMinutes: number; venue: string };
    }>(
      world.api.gql(
        UPDATE,
        { id: created.id, i: { slotMinutes: 15, venue: 'Hall 3' }, v: 1 },
        org.accessToken,
      ),
    );
    expect(updateRoadshow).toMatchObject({ version: 2, slotMinutes: 15, venue: 'Hall 3', status: 'DRAFT' });
    const stale = await world.api.gql(
      UPDATE,
      { id: created.id, i: { slotMinutes: 20 }, v: 1 },
      org.accessToken,
    );
    expect({ code: codeOf(stale), reason: reasonOf(stale) }).toEqual({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });

    const { roadshows } = await must<{
      roadshows: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      world.api.gql(
        `query($p: ID!) { roadshows(programmeId: $p, first: 10) { totalCount edges { node { id } } } }`,
        { p: programmeId },
        org.accessToken,
      ),
    );
    expect(roadshows.totalCount).toBe(1);
    expect(roadshows.edges.map((e) => e.node.id)).toEqual([created.id]);
  });

  it('takes only shortlisted projects of the programme, moving them to IN_ROADSHOW and back', async () => {
    const { org, programmeId, projectIds, submittedIds } = await shortlist(
      world,
      [
        { country: 'DE', zone: 'Europe/Berlin' },
        { country: 'JP', zone: 'Asia/Tokyo' },
      ],
      { submitted: 1 },
    );
    const roadshow = await createRoadshow(world, org, programmeId);
    const add = (ids: string[]) =>
      world.api.gql(
        `mutation($id: ID!, $p: [ID!]!) { addRoadshowProjects(id: $id, projectIds: $p) { id } }`,
        { id: roadshow.id, p: ids },
        org.accessToken,
      );
    const submitted = await add([projectIds[0] as string, submittedIds[0] as string]);
    expect(codeOf(submitted)).toBe('VALIDATION');
    expect(submitted.errors?.[0]?.extensions).toMatchObject({
      reason: 'PROJECT_NOT_SHORTLISTED',
      projectIds: [submittedIds[0]],
    });
    expect(codeOf(await add(['00000000-0000-4000-8000-000000000000']))).toBe('NOT_FOUND');

    const added = await addProjects(world, org, roadshow.id, projectIds);
    expect([...added.projectIds].sort()).toEqual([...projectIds].sort());
    expect(added.plan.slots).toHaveLength(2);
    const statuses = async () =>
      (
        (await world.db.query(`SELECT id, status FROM project WHERE id = ANY($1) ORDER BY id`, [
          projectIds,
        ])) as {
          id: string;
          status: string;
        }[]
      ).map((r) => r.status);
    expect(await statuses()).toEqual(['IN_ROADSHOW', 'IN_ROADSHOW']);
    // Already in the roadshow: adding again changes nothing.
    expect((await addProjects(world, org, roadshow.id, [projectIds[1] as string])).projectIds).toEqual(
      added.projectIds,
    );

    const { removeRoadshowProject } = await must<{ removeRoadshowProject: RoadshowView }>(
      world.api.gql(
        `mutation($id: ID!, $p: ID!) { removeRoadshowProject(id: $id, projectId: $p) { ${ROADSHOW} } }`,
        { id: roadshow.id, p: projectIds[0] },
        org.accessToken,
      ),
    );
    expect(removeRoadshowProject.projectIds).toEqual([projectIds[1]]);
    expect(removeRoadshowProject.plan.slots.map((s) => s.projectId)).toEqual([projectIds[1]]);
    const rows: { project_id: string; to_status: string }[] = await world.db.query(
      `SELECT project_id, to_status FROM project_status_change WHERE project_id = $1 ORDER BY created_at`,
      [projectIds[0]],
    );
    expect(rows.map((r) => r.to_status).slice(-2)).toEqual(['IN_ROADSHOW', 'SHORTLISTED']);
  });

  it('answers NOT_FOUND across organisations, for events and for projects', async () => {
    const { programmeId, projectIds, roadshow } = await referenceRoadshow(world);
    const other = await signUpOrganizer(world.api);
    const foreign = async (query: string, variables: Record<string, unknown>) =>
      codeOf(await world.api.gql(query, variables, other.accessToken));
    expect(await foreign(`query($id: ID!) { roadshow(id: $id) { id } }`, { id: roadshow.id })).toBe(
      'NOT_FOUND',
    );
    expect(await foreign(UPDATE, { id: roadshow.id, i: { slotMinutes: 10 }, v: roadshow.version })).toBe(
      'NOT_FOUND',
    );
    expect(
      await foreign(`mutation($i: CreateRoadshowInput!) { createRoadshow(input: $i) { id } }`, {
        i: { programmeId, ...REFERENCE_EVENT },
      }),
    ).toBe('NOT_FOUND');
    const mine = await shortlist(world, []);
    const own = await createRoadshow(world, mine.org, mine.programmeId);
    const r = await world.api.gql(
      `mutation($id: ID!, $p: [ID!]!) { addRoadshowProjects(id: $id, projectIds: $p) { id } }`,
      { id: own.id, p: [projectIds[0]] },
      mine.org.accessToken,
    );
    expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('plans the reference scenario from the presenters’ zones and stores the slots', async () => {
    const { roadshow, projectIds } = await referenceRoadshow(world);
    const { plan } = roadshow;
    expect(plan.slots).toHaveLength(12);
    expect(plan.summary).toEqual({ live: 10, prerecorded: 2, preferred: 5, unplaced: 0 });
    expect(plan.breaks).toHaveLength(1);
    const zoneOf = (s: { presenterTimeZone: string }) => s.presenterTimeZone;
    const prerecorded = plan.slots
      .filter((s) => s.delivery === 'PRERECORDED')
      .map(zoneOf)
      .sort();
    expect(prerecorded).toEqual(['America/Los_Angeles', 'Australia/Sydney']);
    const first = plan.slots[0];
    expect(first).toMatchObject({
      order: 1,
      startsAt: '2026-12-10T12:00:00.000Z',
      displayStart: '2026-12-10T20:00:00+08:00',
    });
    const ny = plan.slots.find((s) => s.presenterTimeZone === 'America/New_York');
    expect(ny?.presenterLocalStart).toMatch(/^2026-12-10T09:\d\d:00-05:00$/);
    expect(ny?.explanation).toMatchObject({ code: 'PREFERRED_HOURS', fit: 'PREFERRED_HOURS' });
    const stored: { project_id: string; position: number; starts_at: Date; delivery: string }[] =
      await world.db.query(
        `SELECT project_id, position, starts_at, delivery FROM roadshow_slot WHERE roadshow_id = $1 ORDER BY position`,
        [roadshow.id],
      );
    expect(stored.map((s) => s.project_id)).toEqual(plan.slots.map((s) => s.projectId));
    expect(stored.map((s) => s.starts_at.toISOString())).toEqual(plan.slots.map((s) => s.startsAt));
    expect([...stored.map((s) => s.project_id)].sort()).toEqual([...projectIds].sort());
  });

  it('moves a slot into a manual order, re-plans with warnings, keeps slot ids, and resets', async () => {
    const { org, roadshow } = await referenceRoadshow(world);
    const ny = roadshow.plan.slots.find(
      (s) => s.presenterTimeZone === 'America/New_York',
    ) as RoadshowView['plan']['slots'][0];
    const { moveSlot } = await must<{ moveSlot: RoadshowView }>(
      world.api.gql(MOVE, { r: roadshow.id, p: ny.projectId, to: 0, v: roadshow.version }, org.accessToken),
    );
    expect(moveSlot.plan.mode).toBe('MANUAL');
    expect(moveSlot.version).toBe(roadshow.version + 1);
    const moved = moveSlot.plan.slots[0];
    // 07:00 in New York: outside acceptable hours, so pre-recorded, and the order has fewer live pitches.
    expect(moved).toMatchObject({ id: ny.id, projectId: ny.projectId, delivery: 'PRERECORDED' });
    expect(moved?.presenterLocalStart).toBe('2026-12-10T07:00:00-05:00');
    expect(moved?.explanation.code).toBe('MANUAL_ORDER');
    expect(moveSlot.plan.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['OUTSIDE_ACCEPTABLE_HOURS', 'LIVE_BELOW_OPTIMUM']),
    );
    expect(moveSlot.plan.warnings.find((w) => w.code === 'LIVE_BELOW_OPTIMUM')).toMatchObject({
      optimum: 10,
    });
    expect(new Set(moveSlot.plan.slots.map((s) => s.id))).toEqual(
      new Set(roadshow.plan.slots.map((s) => s.id)),
    );

    const stale = await world.api.gql(
      MOVE,
      { r: roadshow.id, p: ny.projectId, to: 3, v: roadshow.version },
      org.accessToken,
    );
    expect({ code: codeOf(stale), reason: reasonOf(stale) }).toEqual({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });

    const { resetRoadshowOrder } = await must<{ resetRoadshowOrder: RoadshowView }>(
      world.api.gql(
        `mutation($id: ID!) { resetRoadshowOrder(id: $id) { ${ROADSHOW} } }`,
        { id: roadshow.id },
        org.accessToken,
      ),
    );
    expect(resetRoadshowOrder.plan.mode).toBe('OPTIMISED');
    expect(resetRoadshowOrder.plan.fingerprint).toBe(roadshow.plan.fingerprint);
    expect(resetRoadshowOrder.plan.slots.map((s) => s.projectId)).toEqual(
      roadshow.plan.slots.map((s) => s.projectId),
    );
  });
});
