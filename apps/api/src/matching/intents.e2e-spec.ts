import { randomUUID } from 'node:crypto';
import { signUpApplicant } from '../intake/intake.fixtures';
import {
  codeOf,
  INTENT,
  mailsTo,
  marketplace,
  must,
  nodes,
  Page,
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

const intentsOf = async (who: { accessToken: string }, by: 'projectId' | 'partnerId', id: string) =>
  nodes(
    (
      await must(
        gql<{ intents: Page<IntentView> }>(
          who,
          `query($id: ID!) { intents(${by}: $id) { edges { node { ${INTENT} } } } }`,
          { id },
        ),
      )
    ).intents,
  );

interface IntentView {
  id: string;
  partnerId: string;
  level: string;
  note: string | null;
  version: number;
}

describe('intents', () => {
  it('keeps one intent per partner, project and kind, moving it up the ladder; committed is binding', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const base = { partnerId: partner.id, projectId: projectIds[0] };
    const first = (
      await must(recordIntent(world, auth, { ...base, source: 'HANDBOOK', note: 'Looks promising' }))
    ).recordIntent;
    const second = (
      await must(
        recordIntent(world, auth, {
          ...base,
          level: 'CONSIDERING',
          amount: { amount: '5000000', currency: 'CNY' },
        }),
      )
    ).recordIntent;
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ level: 'CONSIDERING', note: 'Looks promising', version: 2 });
    const other = (await must(recordIntent(world, auth, { ...base, kind: 'LANDING' }))).recordIntent;
    expect(other.id).not.toBe(first.id);
    const { updateIntent } = await must(
      gql<{ updateIntent: IntentView }>(
        auth,
        `mutation($id: ID!) { updateIntent(id: $id, input: { level: COMMITTED, version: 2 }) { ${INTENT} } }`,
        { id: first.id },
      ),
    );
    expect(updateIntent).toMatchObject({ level: 'COMMITTED', version: 3 });
    const down = await gql(
      auth,
      `mutation($id: ID!) { updateIntent(id: $id, input: { level: OBSERVING }) { id } }`,
      { id: first.id },
    );
    expect(codeOf(down)).toBe('CONFLICT');
    const stale = await gql(
      auth,
      `mutation($id: ID!) { updateIntent(id: $id, input: { note: "x", version: 2 }) { id } }`,
      { id: first.id },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const rows = await world.db.query(`SELECT count(*)::int AS n FROM match_intent WHERE partner_id = $1`, [
      partner.id,
    ]);
    expect(rows[0].n).toBe(2);
    const [{ n: deals }] = await world.db.query(`SELECT count(*)::int AS n FROM deal WHERE partner_id = $1`, [
      partner.id,
    ]);
    expect(deals).toBe(1);
  });

  it('tells the applicant and the organizers once when an intent becomes committed', async () => {
    const { org, applicant, projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const base = { partnerId: partner.id, projectId: projectIds[0] };
    await must(recordIntent(world, auth, { ...base, level: 'COMMITTED' }));
    await must(recordIntent(world, auth, { ...base, level: 'COMMITTED', note: 'again' }));
    expect(await mailsTo(world.db, applicant.me.user.email, 'matching.intent_committed')).toHaveLength(1);
    expect(await mailsTo(world.db, org.me.user.email, 'matching.intent_committed')).toHaveLength(1);
  });

  it('shows the applicant committed intents on their own project only, without notes; partners only their own', async () => {
    const { org, applicant, projectIds, partners } = await marketplace(world, { partners: 2 });
    const [a, b] = partners as [(typeof partners)[0], (typeof partners)[0]];
    const projectId = projectIds[0] as string;
    await must(
      recordIntent(world, a.auth, {
        partnerId: a.partner.id,
        projectId,
        level: 'COMMITTED',
        note: 'secret A',
      }),
    );
    await must(
      recordIntent(world, b.auth, {
        partnerId: b.partner.id,
        projectId,
        level: 'CONSIDERING',
        note: 'secret B',
      }),
    );
    const seen = await intentsOf(applicant, 'projectId', projectId);
    expect(seen.map((i) => [i.partnerId, i.level, i.note])).toEqual([[a.partner.id, 'COMMITTED', null]]);
    const stranger = await signUpApplicant(world.api, org.me.organization.id);
    expect(await intentsOf(stranger, 'projectId', projectId)).toEqual([]);
    const mine = await intentsOf(b.auth, 'projectId', projectId);
    expect(mine.map((i) => [i.partnerId, i.note])).toEqual([[b.partner.id, 'secret B']]);
    expect(await intentsOf(b.auth, 'partnerId', a.partner.id)).toEqual([]);
    const all = await intentsOf(org, 'projectId', projectId);
    expect(all.map((i) => i.note).sort()).toEqual(['secret A', 'secret B']);
    const aIntent = all.find((i) => i.partnerId === a.partner.id) as IntentView;
    const theirs = await gql(
      b.auth,
      `mutation($id: ID!) { updateIntent(id: $id, input: { note: "x" }) { id } }`,
      { id: aIntent.id },
    );
    const random = await gql(
      b.auth,
      `mutation($id: ID!) { updateIntent(id: $id, input: { note: "x" }) { id } }`,
      { id: randomUUID() },
    );
    expect(codeOf(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    expect(codeOf(await recordIntent(world, b.auth, { partnerId: a.partner.id, projectId }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('partners and published projects', () => {
  it('creates and updates partners with interests and park fields, inviting members with the PARTNER role', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 0, projects: 2 });
    expect(partners).toEqual([]);
    const email = `park-${randomUUID().slice(0, 6)}@example.org`;
    const { createPartner } = await must(
      gql<{
        createPartner: {
          id: string;
          park: { availableSpaceM2: number };
          interests: { ticketMin: { amount: string } };
        };
      }>(
        org,
        `mutation($i: PartnerInput!) { createPartner(input: $i) { id memberEmails park { chainFocus availableSpaceM2 incentives } interests { regions ticketMin { amount currency } } } }`,
        {
          i: {
            kind: 'PARK',
            name: { zh: '苏州工业园区', en: 'Suzhou Industrial Park' },
            country: 'CN',
            interests: {
              sectors: ['NEM'],
              trlMin: 5,
              trlMax: 9,
              regions: ['EU', 'DE'],
              ticketMin: { amount: '1000000', currency: 'CNY' },
            },
            park: { chainFocus: ['battery'], availableSpaceM2: 12000, incentives: ['Three years rent-free'] },
            memberEmails: [email],
            locale: 'en',
          },
        },
      ),
    );
    expect(createPartner.park.availableSpaceM2).toBe(12000);
    expect(await mailsTo(world.db, email, 'identity.invitation')).toHaveLength(1);
    const bad = await gql(
      org,
      `mutation($id: ID!) { updatePartner(id: $id, input: { interests: { trlMin: 8, trlMax: 3 } }) { id } }`,
      { id: createPartner.id },
    );
    expect(codeOf(bad)).toBe('VALIDATION');
    const { updatePartner } = await must(
      gql<{ updatePartner: { park: { availableSpaceM2: number } } }>(
        org,
        `mutation($id: ID!) { updatePartner(id: $id, input: { park: { availableSpaceM2: 0 } }) { park { availableSpaceM2 } } }`,
        { id: createPartner.id },
      ),
    );
    expect(updatePartner.park.availableSpaceM2).toBe(0);
    // Published by hand, a submitted project is open to partners; unpublished, it is not.
    const list = await must(
      gql<{ publishedProjects: { totalCount: number } }>(
        org,
        `{ publishedProjects(first: 1) { totalCount edges { cursor } } }`,
      ),
    );
    expect(list.publishedProjects.totalCount).toBe(2);
    await must(
      gql(org, `mutation($id: ID!) { publishProject(projectId: $id, published: false) { id } }`, {
        id: projectIds[0],
      }),
    );
    const after = await must(
      gql<{ publishedProjects: { totalCount: number } }>(org, `{ publishedProjects { totalCount } }`),
    );
    expect(after.publishedProjects.totalCount).toBe(1);
  });

  it('lets partners browse published projects without scores or contacts, and page through them', async () => {
    const { partners } = await marketplace(world, { partners: 1, projects: 3 });
    const [{ auth, partner }] = partners as [(typeof partners)[0]];
    const page1 = await must(
      gql<{
        publishedProjects: {
          edges: { cursor: string; node: { id: string } }[];
          pageInfo: { hasNextPage: boolean };
        };
      }>(
        auth,
        `{ publishedProjects(first: 2) { totalCount edges { cursor node { id title { en } fundingAsk { amount currency } trl } } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    expect(page1.publishedProjects.edges).toHaveLength(2);
    expect(page1.publishedProjects.pageInfo.hasNextPage).toBe(true);
    const last = page1.publishedProjects.edges[1]?.cursor;
    const page2 = await must(
      gql<{ publishedProjects: { edges: { node: { id: string } }[] } }>(
        auth,
        `query($a: String) { publishedProjects(first: 2, after: $a) { edges { node { id } } } }`,
        { a: last },
      ),
    );
    expect(page2.publishedProjects.edges).toHaveLength(1);
    const leak = await gql(auth, `{ publishedProjects { edges { node { id contactEmail } } } }`);
    expect(leak.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const projectId = page2.publishedProjects.edges[0]?.node.id;
    await must(
      gql(auth, `mutation($p: ID!, $j: ID!) { markNotInterested(partnerId: $p, projectId: $j) { id } }`, {
        p: partner.id,
        j: projectId,
      }),
    );
    const [{ n }] = await world.db.query(
      `SELECT count(*)::int AS n FROM dismissed_match WHERE partner_id = $1`,
      [partner.id],
    );
    expect(n).toBe(1);
  });
});

describe('intent lists', () => {
  it('pages intents latest change first with the project’s title and the partner’s name', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 1, projects: 2 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const [p1, p2] = projectIds as [string, string];
    const first = (await must(recordIntent(world, auth, { partnerId: partner.id, projectId: p1 })))
      .recordIntent;
    await must(recordIntent(world, auth, { partnerId: partner.id, projectId: p2 }));
    await must(recordIntent(world, auth, { partnerId: partner.id, projectId: p1, kind: 'LANDING' }));
    await must(
      gql(auth, `mutation($id: ID!) { updateIntent(id: $id, input: { note: "moved up" }) { id } }`, {
        id: first.id,
      }),
    );
    const query = `query($p: ID!, $a: String) { intents(partnerId: $p, first: 2, after: $a) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { id projectId projectTitle { zh en } partnerName { en } } } } }`;
    type Row = {
      id: string;
      projectId: string;
      projectTitle: { zh: string; en: string };
      partnerName: { en: string };
    };
    const one = (await must(gql<{ intents: Page<Row> }>(auth, query, { p: partner.id, a: null }))).intents;
    const two = (
      await must(gql<{ intents: Page<Row> }>(auth, query, { p: partner.id, a: one.pageInfo.endCursor }))
    ).intents;
    expect(one.totalCount).toBe(3);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const rows = [...nodes(one), ...nodes(two)];
    expect(rows).toHaveLength(3);
    expect(rows[0]?.id).toBe(first.id);
    expect(rows.map((r) => r.projectId)).toEqual([p1, p1, p2]);
    expect(rows[0]?.projectTitle.zh).toBe('项目 1');
    expect(rows[2]?.projectTitle.en).toMatch(/^Project 2 /);
    expect(rows.every((r) => r.partnerName.en === 'Partner 1')).toBe(true);
  });
});

describe('recommendations', () => {
  it('ranks published projects for a partner with reasons, leaves out "not interested", and ranks partners for a project', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 1, projects: 2 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    await must(
      gql(
        auth,
        `mutation($id: ID!) { updatePartner(id: $id, input: { interests: { sectors: ["NEM"], trlMin: 4, trlMax: 9, regions: ["EU"] } }) { id } }`,
        {
          id: partner.id,
        },
      ),
    );
    const q = `query($p: ID!) { recommendedProjects(partnerId: $p) { score project { id } reasons { code weight points outcome detail } } }`;
    const before = (
      await must(
        gql<{
          recommendedProjects: {
            score: number;
            project: { id: string };
            reasons: { code: string; points: number }[];
          }[];
        }>(auth, q, { p: partner.id }),
      )
    ).recommendedProjects;
    expect(before).toHaveLength(2);
    const first = before[0] as (typeof before)[0];
    expect(first.score).toBe(first.reasons.reduce((s, r) => s + r.points, 0));
    expect(first.reasons.find((r) => r.code === 'SECTOR')?.points).toBeGreaterThan(0);
    await must(
      gql(auth, `mutation($p: ID!, $j: ID!) { markNotInterested(partnerId: $p, projectId: $j) { id } }`, {
        p: partner.id,
        j: first.project.id,
      }),
    );
    const after = (
      await must(gql<{ recommendedProjects: { project: { id: string } }[] }>(auth, q, { p: partner.id }))
    ).recommendedProjects;
    expect(after.map((r) => r.project.id)).toEqual(projectIds.filter((id) => id !== first.project.id));
    const forProject = await must(
      gql<{ recommendedPartners: { partner: { id: string }; score: number }[] }>(
        org,
        `query($p: ID!) { recommendedPartners(projectId: $p) { score partner { id } reasons { code } } }`,
        { p: projectIds.find((id) => id !== first.project.id) },
      ),
    );
    expect(forProject.recommendedPartners.map((r) => r.partner.id)).toEqual([partner.id]);
    expect(
      codeOf(
        await gql(auth, `query($p: ID!) { recommendedPartners(projectId: $p) { score } }`, {
          p: projectIds[0],
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
