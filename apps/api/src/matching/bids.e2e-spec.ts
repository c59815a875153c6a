import { ExpireBidsProcessor } from '@sixcan/server-matching';
import { randomUUID } from 'node:crypto';
import { signUpApplicant } from '../intake/intake.fixtures';
import {
  BID,
  BidView,
  codeOf,
  inDays,
  mailsTo,
  marketplace,
  must,
  nodes,
  Page,
  placeBid,
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

describe('sealed bids', () => {
  it('places one live bid per partner and project, tells the applicant once, and keeps every revision', async () => {
    const { applicant, projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const projectId = projectIds[0] as string;
    const { placeBid: bid } = await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    expect(bid).toMatchObject({ status: 'SUBMITTED', revision: 1 });
    expect(codeOf(await placeBid(world, auth, { partnerId: partner.id, projectId }))).toBe('CONFLICT');
    const { reviseBid } = await must(
      gql<{ reviseBid: BidView }>(
        auth,
        `mutation($id: ID!, $i: BidTermsInput!, $v: Int) { reviseBid(id: $id, input: $i, version: $v) { ${BID} } }`,
        {
          id: bid.id,
          v: bid.version,
          i: {
            investment: { amount: '12000000', currency: 'CNY' },
            equityPercent: 8,
            otherTerms: 'Board seat',
            validUntil: inDays(40),
          },
        },
      ),
    );
    expect(reviseBid.revision).toBe(2);
    expect(reviseBid.history.map((h) => [h.revision, h.terms.investment?.amount])).toEqual([
      [1, '10000000.00'],
      [2, '12000000.00'],
    ]);
    // A stale version answers CONFLICT instead of overwriting the newer terms.
    const stale = await gql(
      auth,
      `mutation($id: ID!, $i: BidTermsInput!, $v: Int) { reviseBid(id: $id, input: $i, version: $v) { id } }`,
      {
        id: bid.id,
        v: bid.version,
        i: { otherTerms: 'Late', validUntil: inDays(40) },
      },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await mailsTo(world.db, applicant.me.user.email, 'matching.bid_received')).toHaveLength(1);
    const { withdrawBid } = await must(
      gql<{ withdrawBid: BidView }>(auth, `mutation($id: ID!) { withdrawBid(id: $id) { ${BID} } }`, {
        id: bid.id,
      }),
    );
    expect(withdrawBid.status).toBe('WITHDRAWN');
    // Withdrawn, the partner may bid again.
    await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    const audit = await world.db.query(
      `SELECT action FROM audit_event WHERE object_id = $1 ORDER BY created_at`,
      [bid.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'bid.placed',
      'bid.revised',
      'bid.withdrawn',
    ]);
  });

  it('rejects invalid terms with the field named', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const answer = await placeBid(world, auth, {
      partnerId: partner.id,
      projectId: projectIds[0],
      investment: null,
      equityPercent: 5,
      validUntil: inDays(-1),
    });
    expect(codeOf(answer)).toBe('VALIDATION');
    const fields = (answer.errors?.[0]?.extensions as { fields?: { field: string }[] }).fields?.map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['input.equityPercent', 'input.validUntil']));
  });

  it('lets the applicant compare all bids in one currency and answer one; the partner hears the answer once', async () => {
    const { org, applicant, projectIds, partners } = await marketplace(world, { partners: 2 });
    const [a, b] = partners as [(typeof partners)[0], (typeof partners)[0]];
    const projectId = projectIds[0] as string;
    await must(
      gql(org, `mutation { setFxRate(input: { base: "CNY", currency: "USD", rate: "0.14" }) { base } }`),
    );
    const { placeBid: bidA } = await must(
      placeBid(world, a.auth, {
        partnerId: a.partner.id,
        projectId,
        investment: { amount: '1400000', currency: 'USD' },
        equityPercent: 10,
      }),
    );
    const { placeBid: bidB } = await must(
      placeBid(world, b.auth, {
        partnerId: b.partner.id,
        projectId,
        investment: { amount: '8000000', currency: 'CNY' },
        equityPercent: 5,
        spaceM2: 2000,
        rentFreeMonths: 12,
      }),
    );
    const { projectBids } = await must(
      gql<{
        projectBids: {
          currency: string;
          rows: { bid: { id: string }; investment: { amount: string }; best: string[] }[];
        };
      }>(
        applicant,
        `query($p: ID!) { projectBids(projectId: $p) { currency missingRates rows { bid { id partnerName { en } } investment { amount currency } total { amount } best } } }`,
        { p: projectId },
      ),
    );
    expect(projectBids.currency).toBe('CNY');
    expect(projectBids.rows.map((r) => [r.bid.id, r.investment.amount])).toEqual([
      [bidA.id, '10000000.00'],
      [bidB.id, '8000000.00'],
    ]);
    expect(projectBids.rows[1]?.best).toEqual(expect.arrayContaining(['SPACE', 'EQUITY']));
    const { respondToBid } = await must(
      gql<{ respondToBid: BidView }>(
        applicant,
        `mutation($id: ID!) { respondToBid(id: $id, answer: ACCEPT, message: "Let us meet") { ${BID} } }`,
        { id: bidA.id },
      ),
    );
    expect(respondToBid).toMatchObject({ status: 'ACCEPTED', responseMessage: 'Let us meet' });
    const again = await gql(
      applicant,
      `mutation($id: ID!) { respondToBid(id: $id, answer: DECLINE) { id } }`,
      { id: bidA.id },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(
      await mailsTo(world.db, a.partner.memberEmails[0] as string, 'matching.bid_answered'),
    ).toHaveLength(1);
    expect(
      await mailsTo(world.db, b.partner.memberEmails[0] as string, 'matching.bid_answered'),
    ).toHaveLength(0);
  });

  it('expires live bids past their valid-until once, however often the job runs', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const { placeBid: bid } = await must(
      placeBid(world, auth, { partnerId: partner.id, projectId: projectIds[0], validUntil: inDays(1) }),
    );
    const job = world.worker.get(ExpireBidsProcessor);
    await job.handle({}, undefined, new Date(Date.now() + 2 * 86400_000));
    await job.handle({}, undefined, new Date(Date.now() + 3 * 86400_000));
    const { bid: after } = await must(
      gql<{ bid: BidView }>(auth, `query($id: ID!) { bid(id: $id) { ${BID} } }`, { id: bid.id }),
    );
    expect(after.status).toBe('EXPIRED');
    const events = await world.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'bid.expired'`,
      [bid.id],
    );
    expect(events[0].n).toBe(1);
    const mails = await mailsTo(world.db, partner.memberEmails[0] as string, 'matching.bid_expired');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.params).toMatchObject({
      partner: 'Partner 1',
      link: expect.stringContaining(projectIds[0]),
    });
    expect(mails[0]?.params['title']).toMatch(/^Project 1 /);
  });

  it('lists bids latest change first, a page at a time, with the project’s title', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 1, projects: 3 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    for (const projectId of projectIds)
      await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    const page = (after: string | null) =>
      must(
        gql<{ bids: Page<{ projectId: string; projectTitle: { en: string }; partnerName: { zh: string } }> }>(
          auth,
          `query($a: String) { bids(first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { projectId projectTitle { en } partnerName { zh } } } } }`,
          { a: after },
        ),
      ).then((r) => r.bids);
    const one = await page(null);
    const two = await page(one.pageInfo.endCursor);
    expect([one.totalCount, one.pageInfo.hasNextPage, two.pageInfo.hasNextPage]).toEqual([3, true, false]);
    expect([...nodes(one), ...nodes(two)].map((b) => b.projectId)).toEqual([...projectIds].reverse());
    expect(nodes(one)[0]?.projectTitle.en).toMatch(/^Project 3 /);
    expect(nodes(one)[0]?.partnerName.zh).toBe('合作方 1');
    const bad = await gql(auth, `{ bids(after: "nonsense") { totalCount } }`);
    expect(codeOf(bad)).toBe('VALIDATION');
    expect(codeOf(await gql(auth, `{ bids(first: 201) { totalCount } }`))).toBe('VALIDATION');
  });
});

describe('bids are sealed', () => {
  it('never shows a partner another partner’s bid, on any path', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 2 });
    const [a, b] = partners as [(typeof partners)[0], (typeof partners)[0]];
    const projectId = projectIds[0] as string;
    const { placeBid: bidA } = await must(
      placeBid(world, a.auth, { partnerId: a.partner.id, projectId, otherTerms: 'secret A' }),
    );
    const { bids } = await must(
      gql<{ bids: Page<{ id: string }> }>(b.auth, `{ bids { edges { node { id } } } }`),
    );
    expect(nodes(bids)).toEqual([]);
    const byProject = await must(
      gql<{ bids: Page<{ id: string }> }>(
        b.auth,
        `query($p: ID!) { bids(projectId: $p) { edges { node { id } } } }`,
        {
          p: projectId,
        },
      ),
    );
    expect(nodes(byProject.bids)).toEqual([]);
    const byPartner = await must(
      gql<{ bids: Page<{ id: string }> }>(
        b.auth,
        `query($p: ID!) { bids(partnerId: $p) { edges { node { id } } } }`,
        {
          p: a.partner.id,
        },
      ),
    );
    expect(nodes(byPartner.bids)).toEqual([]);
    const one = await gql(b.auth, `query($id: ID!) { bid(id: $id) { id terms { otherTerms } } }`, {
      id: bidA.id,
    });
    const random = await gql(b.auth, `query($id: ID!) { bid(id: $id) { id } }`, { id: randomUUID() });
    expect(codeOf(one)).toBe('NOT_FOUND');
    expect(one.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    expect(
      codeOf(
        await gql(b.auth, `query($p: ID!) { projectBids(projectId: $p) { currency } }`, { p: projectId }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await gql(b.auth, `query($id: ID!) { partner(id: $id) { id } }`, { id: a.partner.id })),
    ).toBe('NOT_FOUND');
    const { partners: visible } = await must(
      gql<{ partners: { edges: { node: { id: string } }[] } }>(
        b.auth,
        `{ partners { edges { node { id } } } }`,
      ),
    );
    expect(visible.edges.map((e) => e.node.id)).toEqual([b.partner.id]);
    for (const mutation of [
      `mutation($id: ID!) { withdrawBid(id: $id) { id } }`,
      `mutation($id: ID!) { reviseBid(id: $id, input: { otherTerms: "x", validUntil: "${inDays(9)}" }) { id } }`,
    ])
      expect(codeOf(await gql(b.auth, mutation, { id: bidA.id }))).toBe('NOT_FOUND');
    // Nor can B bid in A's name.
    expect(codeOf(await placeBid(world, b.auth, { partnerId: a.partner.id, projectId }))).toBe('NOT_FOUND');
    // The organizer sees it.
    const all = await must(
      gql<{ bids: Page<{ id: string }> }>(
        org,
        `query($p: ID!) { bids(projectId: $p) { edges { node { id } } } }`,
        { p: projectId },
      ),
    );
    expect(nodes(all.bids).map((x) => x.id)).toEqual([bidA.id]);
  });

  it('shows applicants the bids on their own projects only', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const { placeBid: bid } = await must(
      placeBid(world, auth, { partnerId: partner.id, projectId: projectIds[0] }),
    );
    const stranger = await signUpApplicant(world.api, org.me.organization.id);
    const listed = await must(
      gql<{ bids: Page<{ id: string }> }>(
        stranger,
        `query($p: ID!) { bids(projectId: $p) { edges { node { id } } } }`,
        {
          p: projectIds[0],
        },
      ),
    );
    expect(nodes(listed.bids)).toEqual([]);
    expect(codeOf(await gql(stranger, `query($id: ID!) { bid(id: $id) { id } }`, { id: bid.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(
        await gql(stranger, `query($p: ID!) { projectBids(projectId: $p) { currency } }`, {
          p: projectIds[0],
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await gql(stranger, `mutation($id: ID!) { respondToBid(id: $id, answer: ACCEPT) { id } }`, {
          id: bid.id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND across tenants exactly as for a random id', async () => {
    const one = await marketplace(world, { partners: 1 });
    const other = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = one.partners as [(typeof one.partners)[0]];
    const { placeBid: bid } = await must(
      placeBid(world, auth, { partnerId: partner.id, projectId: one.projectIds[0] }),
    );
    const foreign = [
      [`query($id: ID!) { bid(id: $id) { id } }`, { id: bid.id }],
      [`query($id: ID!) { partner(id: $id) { id } }`, { id: partner.id }],
      [`query($p: ID!) { projectBids(projectId: $p) { currency } }`, { p: one.projectIds[0] }],
      [`query($id: ID!) { publishedProject(id: $id) { id } }`, { id: one.projectIds[0] }],
      [`mutation($id: ID!) { respondToBid(id: $id, answer: ACCEPT) { id } }`, { id: bid.id }],
      [`mutation($id: ID!) { publishProject(projectId: $id) { id } }`, { id: one.projectIds[0] }],
    ] as const;
    for (const [query, variables] of foreign) {
      const theirs = await gql(other.org, query, variables);
      const random = await gql(
        other.org,
        query,
        Object.fromEntries(Object.keys(variables).map((k) => [k, randomUUID()])),
      );
      expect(codeOf(theirs)).toBe('NOT_FOUND');
      expect(theirs.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    }
  });
});
