import { DEAL_STAGES } from '@sixcan/domain';
import { seedMatching } from '@sixcan/server-matching';
import {
  acceptInvitation,
  Auth,
  marketplace,
  must,
  nodes,
  Page,
  startWorld,
  unique,
  World,
} from './matching.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

describe('demo seed', () => {
  it('writes 120 partners, intents, bids, deals at every stage and 17 agreements of ¥2.4 bn, once', async () => {
    const { org, projectIds } = await marketplace(world, { partners: 0, projects: 12 });
    const organizationId = org.me.organization.id;
    const input = { organizationId, projectIds, sectors: ['NEM', 'BIO', 'ICT'] };
    expect(await seedMatching(world.db, input)).toMatch(
      /^120 partners, \d+ intents, \d+ bids, \d+ deals, 17 agreements \(¥2400 m\)$/,
    );
    expect(await seedMatching(world.db, input)).toBe('already there');
    const stages: { stage: string }[] = await world.db.query(
      `SELECT DISTINCT stage FROM deal WHERE organization_id = $1`,
      [organizationId],
    );
    expect(stages.map((s) => s.stage).sort()).toEqual([...DEAL_STAGES].sort());
    const [{ total }] = await world.db.query(
      `SELECT sum(committed_minor)::text AS total FROM agreement WHERE organization_id = $1`,
      [organizationId],
    );
    expect(total).toBe('240000000000');
    // Seeded data reads back through the API.
    const { projectBids } = await must(
      world.api.gql<{ projectBids: { rows: unknown[] } }>(
        `query($p: ID!) { projectBids(projectId: $p) { rows { best } } }`,
        { p: projectIds[0] },
        org.accessToken,
      ),
    );
    expect(projectBids.rows.length).toBeGreaterThan(0);
    const { ceremonies } = await must(
      world.api.gql<{ ceremonies: Page<{ agreements: unknown[] }> }>(
        `{ ceremonies { edges { node { agreements { id } } } } }`,
        {},
        org.accessToken,
      ),
    );
    expect(nodes(ceremonies).reduce((n, c) => n + c.agreements.length, 0)).toBe(17);
  });

  it('gives the demo partner one park with recommendations, a saved project, intents, a live bid and deals, and the applicant bids from two parks', async () => {
    const { org, applicant, projectIds } = await marketplace(world, { partners: 0, projects: 12 });
    const partnerEmail = unique('demo-partner');
    await must(
      world.api.gql(
        `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`,
        { i: { email: partnerEmail, roles: ['PARTNER'] } },
        org.accessToken,
      ),
    );
    const partner = await acceptInvitation(world, partnerEmail);
    const showcaseProjectId = projectIds[3] as string;
    await seedMatching(world.db, {
      organizationId: org.me.organization.id,
      projectIds,
      sectors: ['NEM', 'BIO', 'ICT'],
      partnerEmail,
      showcaseProjectId,
    });
    const as = <T>(who: Auth, query: string, variables: Record<string, unknown> = {}) =>
      must(world.api.gql<T>(query, variables, who.accessToken));
    const { partners } = await as<{ partners: Page<{ id: string; kind: string }> }>(
      partner,
      `{ partners { totalCount edges { node { id kind } } } }`,
    );
    expect(nodes(partners).map((p) => p.kind)).toEqual(['PARK']);
    const parkId = nodes(partners)[0]?.id as string;
    const mine = await as<{
      recommendedProjects: unknown[];
      savedProjects: Page<{ id: string }>;
      intents: Page<{ level: string }>;
      bids: Page<{ status: string; projectId: string }>;
      deals: Page<{ stage: string }>;
    }>(
      partner,
      `query($p: ID!) {
        recommendedProjects(partnerId: $p) { score }
        savedProjects(partnerId: $p) { totalCount edges { node { id } } }
        intents(partnerId: $p) { edges { node { level } } }
        bids(partnerId: $p) { edges { node { status projectId } } }
        deals(filter: { partnerId: $p }) { edges { node { stage } } }
      }`,
      { p: parkId },
    );
    expect(mine.recommendedProjects.length).toBeGreaterThan(0);
    expect(mine.savedProjects.totalCount).toBeGreaterThanOrEqual(1);
    expect(nodes(mine.intents).length).toBeGreaterThanOrEqual(2);
    expect(nodes(mine.intents).map((i) => i.level)).toContain('COMMITTED');
    expect(nodes(mine.bids)).toContainEqual({ status: 'SUBMITTED', projectId: showcaseProjectId });
    expect(new Set(nodes(mine.deals).map((d) => d.stage)).size).toBeGreaterThanOrEqual(2);
    const { projectBids } = await as<{
      projectBids: { rows: { bid: { status: string; partnerId: string } }[] };
    }>(applicant, `query($p: ID!) { projectBids(projectId: $p) { rows { bid { status partnerId } } } }`, {
      p: showcaseProjectId,
    });
    const live = projectBids.rows.filter((r) => r.bid.status === 'SUBMITTED').map((r) => r.bid.partnerId);
    const { partners: parks } = await as<{ partners: Page<{ id: string }> }>(
      org,
      `{ partners(kind: PARK, first: 200) { edges { node { id } } } }`,
    );
    const parkIds = new Set(nodes(parks).map((p) => p.id));
    expect(new Set(live.filter((id) => parkIds.has(id))).size).toBeGreaterThanOrEqual(2);
  });
});
