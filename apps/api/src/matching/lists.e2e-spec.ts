import { DEAL_STAGES } from '@sixcan/domain';
import { seedMatching } from '@sixcan/server-matching';
import { MatchingCatalog } from '@sixcan/server-core';
import { captureStatements } from '@sixcan/server-testing';
import { Auth, codeOf, marketplace, must, nodes, Page, startWorld, World } from './matching.fixtures';

let world: World;
let org: Auth;
let projectIds: string[];
beforeAll(async () => {
  world = await startWorld();
  const m = await marketplace(world, { partners: 0, projects: 24 });
  org = m.org;
  projectIds = m.projectIds;
  await seedMatching(world.db, {
    organizationId: org.me.organization.id,
    projectIds: m.projectIds,
    sectors: ['NEM', 'BIO', 'ICT'],
  });
});
afterAll(() => world.close());

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  must(world.api.gql<T>(query, variables, org.accessToken));

/** Every node of a list, a page at a time. */
async function all<T>(
  field: string,
  selection: string,
  args = '',
  size = 50,
): Promise<{ rows: T[]; total: number }> {
  const rows: T[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const data: Record<string, Page<T>> = await gql(
      `query($a: String, $f: Int) { ${field}(first: $f, after: $a${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { a: after, f: size },
    );
    const page = data[field] as Page<T>;
    rows.push(...nodes(page));
    total = page.totalCount;
    if (!page.pageInfo.hasNextPage) return { rows, total };
    after = page.pageInfo.endCursor;
  }
}

const sortedBy = (values: string[], direction: 'ASC' | 'DESC') =>
  values.every((v, i) => {
    const before = values[i - 1];
    return before === undefined || (direction === 'DESC' ? before >= v : before <= v);
  });

describe('matching lists over the demo data', () => {
  it('pages every list in its order, without gaps or repeats', async () => {
    const deals = await all<{ id: string; updatedAt: string }>('deals', 'id updatedAt');
    expect(deals.total).toBe(240);
    expect(new Set(deals.rows.map((d) => d.id)).size).toBe(240);
    expect(
      sortedBy(
        deals.rows.map((d) => d.updatedAt),
        'DESC',
      ),
    ).toBe(true);
    for (const [field, key] of [
      ['intents', 'updatedAt'],
      ['bids', 'updatedAt'],
      ['agreements', 'signedAt'],
      ['ceremonies', 'heldAt'],
    ] as const) {
      const list = await all<Record<string, string>>(field, `id ${key}`, '', 7);
      expect(list.rows).toHaveLength(list.total);
      expect(new Set(list.rows.map((r) => r.id)).size).toBe(list.total);
      expect(
        sortedBy(
          list.rows.map((r) => r[key] as string),
          'DESC',
        ),
      ).toBe(true);
    }
    const { dealStageCounts } = await gql<{ dealStageCounts: { stage: string; count: number }[] }>(
      `{ dealStageCounts { stage count } }`,
    );
    expect(dealStageCounts.map((c) => c.stage)).toEqual([...DEAL_STAGES]);
    expect(dealStageCounts.reduce((n, c) => n + c.count, 0)).toBe(240);
    expect(dealStageCounts.every((c) => c.count > 0)).toBe(true);
  });

  it('sums the agreements and each ceremony in the FX base', async () => {
    const { agreementsSummary, ceremonies } = await gql<{
      agreementsSummary: unknown;
      ceremonies: Page<{ agreementCount: number; committed: { amount: string }; agreements: unknown[] }>;
    }>(
      `{ agreementsSummary { count committed { amount currency } realised { currency } missingRates landed }
         ceremonies { edges { node { agreementCount committed { amount } agreements { id } } } } }`,
    );
    expect(agreementsSummary).toEqual({
      count: 17,
      committed: { amount: '2400000000.00', currency: 'CNY' },
      realised: { currency: 'CNY' },
      missingRates: [],
      landed: 6,
    });
    const held = nodes(ceremonies);
    expect(held.reduce((n, c) => n + c.agreementCount, 0)).toBe(17);
    expect(held.every((c) => c.agreements.length === c.agreementCount)).toBe(true);
    expect(held.reduce((s, c) => s + Number(c.committed.amount), 0)).toBe(2_400_000_000);
  });

  it('pages published projects in SQL exactly as the whole list, filtered or not; a bad cursor is VALIDATION', async () => {
    type Project = { id: string; title: { en: string } };
    // Ties and missing titles: the keyset must follow PostgreSQL's order (nulls last) through them.
    await world.db.query(`UPDATE project SET title_en = NULL WHERE id = ANY($1)`, [projectIds.slice(0, 3)]);
    await world.db.query(`UPDATE project SET title_zh = NULL WHERE id = $1`, [projectIds[1]]);
    await world.db.query(`UPDATE project SET title_en = 'Same title', title_zh = '同名' WHERE id = ANY($1)`, [
      projectIds.slice(3, 8),
    ]);
    const reference = await world.api.app
      .get(MatchingCatalog)
      .published(world.db.manager, org.me.organization.id, { alsoIds: projectIds });
    for (const filter of ['', ', filter: { search: "project" }', ', filter: { country: "de" }']) {
      const whole = await all<Project>('publishedProjects', 'id title { en }', filter, 200);
      const paged = await all<Project>('publishedProjects', 'id title { en }', filter, 5);
      expect(paged.rows.map((p) => p.id)).toEqual(whole.rows.map((p) => p.id));
      expect(paged.total).toBe(whole.total);
    }
    const whole = await all<Project>('publishedProjects', 'id title { en }', '', 3);
    expect(whole.total).toBe(24);
    expect(whole.rows.map((p) => p.id)).toEqual(reference.map((p) => p.id));
    expect(whole.rows.slice(-3).map((p) => p.title.en)).toEqual([null, null, null]);
    for (const after of ['nonsense', Buffer.from('["x"]').toString('base64url')])
      expect(
        codeOf(
          await world.api.gql(
            `query($a: String) { publishedProjects(after: $a) { totalCount } }`,
            { a: after },
            org.accessToken,
          ),
        ),
      ).toBe('VALIDATION');
  });

  it('resolves titles, names, activities, stages and ceremony totals in as many statements for 200 rows as for 5', async () => {
    const queries = [
      `query($f: Int) { deals(first: $f) { edges { node { partnerName { en } projectTitle { en } activities { id } agreementId } } } }`,
      `query($f: Int) { intents(first: $f) { edges { node { partnerName { en } projectTitle { en } } } } }`,
      `query($f: Int) { bids(first: $f) { edges { node { partnerName { en } projectTitle { en } history { revision } } } } }`,
      `query($f: Int) { agreements(first: $f) { edges { node { partnerName { en } projectTitle { en } ceremonyTitle { en } dealStage } } } }`,
      `query($f: Int) { ceremonies(first: $f) { edges { node { agreementCount committed { amount } missingRates agreements { projectTitle { en } } } } } }`,
    ];
    for (const query of queries) {
      const count = async (first: number) => {
        const { result, statements } = await captureStatements(() =>
          world.api.gql(query, { f: first }, org.accessToken),
        );
        expect(result.errors).toBeUndefined();
        // Mail, in-app notifications and domain events are background work, never part of these lists.
        return statements.filter(
          (s) => !/outbox|mail_message|"notification"|domain_event|email_preference|webhook/i.test(s.text),
        ).length;
      };
      // Background jobs of this process (mail for the invitations above) can add statements to one
      // capture: the fewest over five runs is the query's own count.
      const fewest = async (first: number) => {
        let least = Infinity;
        for (let run = 0; run < 5; run++) least = Math.min(least, await count(first));
        return least;
      };
      const [small, large] = [await fewest(5), await fewest(200)];
      expect({ query, statements: small }).toEqual({ query, statements: large });
      // The list, its count and one statement per field loader (7 when the process is otherwise idle); the
      // margin is for statements of this process's background jobs that land in every capture.
      expect(large).toBeLessThanOrEqual(10);
    }
  });
});
