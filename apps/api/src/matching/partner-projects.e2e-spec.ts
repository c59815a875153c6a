import { randomUUID } from 'node:crypto';
import {
  Auth,
  codeOf,
  marketplace,
  must,
  nodes,
  Page,
  placeBid,
  recordIntent,
  startWorld,
  World,
} from './matching.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const gql = <T>(who: { accessToken: string }, query: string, variables: Record<string, unknown> = {}) =>
  world.api.gql<T>(query, variables, who.accessToken);

const STATUS = `partnerId projectId saved notInterested
  intents { id kind level note projectTitle { en } }
  bid { id status projectTitle { en } }
  deal { id stage partnerName { en } activities { note } }`;

interface StatusView {
  partnerId: string;
  projectId: string;
  saved: boolean;
  notInterested: boolean;
  intents: { id: string; kind: string; level: string; note: string | null }[];
  bid: { id: string; status: string } | null;
  deal: { id: string; stage: string; partnerName: { en: string } } | null;
}

const status = (who: Auth, partnerId: string, projectId: string) =>
  gql<{ partnerProjectStatus: StatusView }>(
    who,
    `query($p: ID!, $j: ID!) { partnerProjectStatus(partnerId: $p, projectId: $j) { ${STATUS} } }`,
    { p: partnerId, j: projectId },
  );

const save = (who: Auth, partnerId: string, projectId: string, saved?: boolean) =>
  gql<{ saveProject: StatusView }>(
    who,
    `mutation($p: ID!, $j: ID!, $s: Boolean) { saveProject(partnerId: $p, projectId: $j, saved: $s) { ${STATUS} } }`,
    { p: partnerId, j: projectId, s: saved ?? null },
  );

const saved = (who: Auth, partnerId: string, after: string | null = null, first = 50) =>
  gql<{ savedProjects: Page<{ id: string; title: { en: string } }> }>(
    who,
    `query($p: ID!, $a: String, $f: Int) { savedProjects(partnerId: $p, after: $a, first: $f) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { id title { en } } } } }`,
    { p: partnerId, a: after, f: first },
  );

describe('a partner and a project', () => {
  it('tells where the partner stands: saved, not interested, intents, the live bid and the deal', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 1, projects: 2 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const projectId = projectIds[0] as string;
    const empty = (await must(status(auth, partner.id, projectId))).partnerProjectStatus;
    expect(empty).toEqual({
      partnerId: partner.id,
      projectId,
      saved: false,
      notInterested: false,
      intents: [],
      bid: null,
      deal: null,
    });
    await must(recordIntent(world, auth, { partnerId: partner.id, projectId, note: 'ours' }));
    await must(recordIntent(world, auth, { partnerId: partner.id, projectId, kind: 'LANDING' }));
    const { placeBid: first } = await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    await must(gql(auth, `mutation($id: ID!) { withdrawBid(id: $id) { id } }`, { id: first.id }));
    const withdrawn = (await must(status(auth, partner.id, projectId))).partnerProjectStatus;
    expect(withdrawn.bid).toMatchObject({ id: first.id, status: 'WITHDRAWN' });
    const { placeBid: live } = await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    await must(
      gql(auth, `mutation($p: ID!, $j: ID!) { markNotInterested(partnerId: $p, projectId: $j) { id } }`, {
        p: partner.id,
        j: projectId,
      }),
    );
    const after = (await must(save(auth, partner.id, projectId))).saveProject;
    expect(after).toMatchObject({
      saved: true,
      notInterested: true,
      bid: { id: live.id, status: 'SUBMITTED' },
      deal: { stage: 'INTENT', partnerName: { en: 'Partner 1' } },
    });
    expect(after.intents.map((i) => i.kind)).toEqual(['LANDING', 'INVESTMENT']);
    expect(after.intents.find((i) => i.kind === 'INVESTMENT')?.note).toBe('ours');
    // Saving twice keeps one row; saved: false takes it off.
    await must(save(auth, partner.id, projectId));
    const [{ n }] = await world.db.query(
      `SELECT count(*)::int AS n FROM saved_project WHERE partner_id = $1`,
      [partner.id],
    );
    expect(n).toBe(1);
    expect((await must(save(auth, partner.id, projectId, false))).saveProject.saved).toBe(false);
    expect((await must(saved(auth, partner.id))).savedProjects.totalCount).toBe(0);
  });

  it('lists saved projects latest first, a page at a time, while they are open to partners', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 1, projects: 3 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    for (const projectId of projectIds) await must(save(auth, partner.id, projectId));
    const one = (await must(saved(auth, partner.id, null, 2))).savedProjects;
    const two = (await must(saved(auth, partner.id, one.pageInfo.endCursor, 2))).savedProjects;
    expect(one.totalCount).toBe(3);
    expect([...nodes(one), ...nodes(two)].map((p) => p.id)).toEqual([...projectIds].reverse());
    expect(two.pageInfo.hasNextPage).toBe(false);
    // Closed to partners again: off the list (and no longer savable), still there once reopened.
    const closed = projectIds[1] as string;
    await must(
      gql(org, `mutation($id: ID!) { publishProject(projectId: $id, published: false) { id } }`, {
        id: closed,
      }),
    );
    const open = (await must(saved(auth, partner.id))).savedProjects;
    expect(nodes(open).map((p) => p.id)).toEqual([projectIds[2], projectIds[0]]);
    expect(codeOf(await save(auth, partner.id, closed))).toBe('NOT_FOUND');
    await must(gql(org, `mutation($id: ID!) { publishProject(projectId: $id) { id } }`, { id: closed }));
    expect((await must(saved(org, partner.id))).savedProjects.totalCount).toBe(3);
  });

  it('answers another partner’s member, another organisation and random ids alike: NOT_FOUND', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 2 });
    const [a, b] = partners as [(typeof partners)[0], (typeof partners)[0]];
    const projectId = projectIds[0] as string;
    await must(save(a.auth, a.partner.id, projectId));
    await must(recordIntent(world, a.auth, { partnerId: a.partner.id, projectId, note: 'secret' }));
    const other = await marketplace(world, { partners: 0 });
    const paths: [string, Record<string, unknown>][] = [
      [`query($p: ID!, $j: ID!) { partnerProjectStatus(partnerId: $p, projectId: $j) { saved } }`, {}],
      [`mutation($p: ID!, $j: ID!) { saveProject(partnerId: $p, projectId: $j) { saved } }`, {}],
      [
        `mutation($p: ID!, $j: ID!) { saveProject(partnerId: $p, projectId: $j, saved: false) { saved } }`,
        {},
      ],
      [`query($p: ID!) { savedProjects(partnerId: $p) { totalCount } }`, {}],
    ];
    for (const [query] of paths)
      for (const who of [b.auth, other.org]) {
        const theirs = await gql(who, query, { p: a.partner.id, j: projectId });
        const random = await gql(who, query, { p: randomUUID(), j: projectId });
        expect(codeOf(theirs)).toBe('NOT_FOUND');
        expect(theirs.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
      }
    // A's flag stayed as it was; the organizer sees it, with A's note.
    const seen = (await must(status(org, a.partner.id, projectId))).partnerProjectStatus;
    expect(seen).toMatchObject({ saved: true });
    expect(seen.intents.map((i) => i.note)).toEqual(['secret']);
    // A random project for one's own partner is NOT_FOUND as well.
    expect(codeOf(await status(a.auth, a.partner.id, randomUUID()))).toBe('NOT_FOUND');
    expect(codeOf(await status(a.auth, a.partner.id, other.projectIds[0] as string))).toBe('NOT_FOUND');
  });
});
