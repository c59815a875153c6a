import { DEAL_STAGES } from '@sixcan/domain';
import { seedMatching } from '@sixcan/server-matching';
import { marketplace, must, nodes, Page, startWorld, World } from './matching.fixtures';

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
});
