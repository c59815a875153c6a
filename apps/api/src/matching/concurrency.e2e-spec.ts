import {
  BID,
  BidView,
  codeOf,
  inDays,
  marketplace,
  must,
  placeBid,
  recordIntent,
  startWorld,
  World,
} from './matching.fixtures';

let world: World;
beforeAll(async () => {
  // 200 writers at once, most of them waiting for a row lock while they hold a connection: with the default
  // pool of 10, the last ones wait longer for a connection than the pool allows (5 s) on a loaded machine.
  world = await startWorld({ DATABASE_POOL_SIZE: '40' });
});
afterAll(() => world.close());

const gql = <T>(who: { accessToken: string }, query: string, variables: Record<string, unknown> = {}) =>
  world.api.gql<T>(query, variables, who.accessToken);

const LEVELS = ['OBSERVING', 'CONSIDERING', 'COMMITTED'];
const STAGES = ['CONTACTED', 'DUE_DILIGENCE', 'CONTACTED', 'MEETING'];

describe('matching under 200 concurrent writers on one project', () => {
  it('ends in the state of some serial order: one live bid, every revision kept, no lost intent or stage move', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 2 });
    const [a, b] = partners as [(typeof partners)[0], (typeof partners)[0]];
    const projectId = projectIds[0] as string;
    // Partner B holds a live bid to revise; its deal is opened by that bid.
    const { placeBid: live } = await must(placeBid(world, b.auth, { partnerId: b.partner.id, projectId }));
    const deal = (await world.db.query(`SELECT id FROM deal WHERE partner_id = $1`, [b.partner.id]))[0] as {
      id: string;
    };

    const places = Array.from({ length: 50 }, (_, i) =>
      placeBid(world, a.auth, { partnerId: a.partner.id, projectId, otherTerms: `place ${i}` }),
    );
    const revisions = Array.from({ length: 50 }, (_, i) =>
      gql<{ reviseBid: BidView }>(
        b.auth,
        `mutation($id: ID!, $i: BidTermsInput!) { reviseBid(id: $id, input: $i) { ${BID} } }`,
        {
          id: live.id,
          i: {
            investment: { amount: String(1_000_000 + i), currency: 'CNY' },
            otherTerms: `rev ${i}`,
            validUntil: inDays(30),
          },
        },
      ),
    );
    const intents = Array.from({ length: 50 }, (_, i) =>
      recordIntent(world, b.auth, {
        partnerId: b.partner.id,
        projectId,
        level: LEVELS[i % 3],
        note: `note ${i}`,
      }),
    );
    const moves = Array.from({ length: 50 }, (_, i) =>
      gql<{ moveDeal: { stage: string; version: number } }>(
        b.auth,
        `mutation($id: ID!, $s: DealStage!) { moveDeal(id: $id, input: { to: $s, meetingAt: "2027-04-01T02:00:00Z" }) { id stage version } }`,
        {
          id: deal.id,
          s: STAGES[i % STAGES.length],
        },
      ),
    );
    const [placed, revised, recorded, moved] = await Promise.all([
      Promise.all(places),
      Promise.all(revisions),
      Promise.all(intents),
      Promise.all(moves),
    ]);
    const codes = (rs: { errors?: unknown[] }[]) => rs.map((r) => codeOf(r as never) ?? 'OK');
    for (const list of [placed, revised, recorded, moved])
      expect(codes(list).filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);

    // Bids: one placement won; one live row per partner.
    expect(codes(placed).filter((c) => c === 'OK')).toHaveLength(1);
    const [{ n: liveA }] = await world.db.query(`SELECT count(*)::int AS n FROM bid WHERE partner_id = $1`, [
      a.partner.id,
    ]);
    expect(liveA).toBe(1);

    // Revisions: all applied one after the other; history 1..51 without gaps; the bid holds the last one.
    expect(codes(revised).every((c) => c === 'OK')).toBe(true);
    const history: { revision: number; terms: { otherTerms: string } }[] = await world.db.query(
      `SELECT revision, terms FROM bid_revision WHERE bid_id = $1 ORDER BY revision`,
      [live.id],
    );
    expect(history.map((h) => h.revision)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    const [row] = await world.db.query(`SELECT revision, other_terms FROM bid WHERE id = $1`, [live.id]);
    expect(row).toEqual({ revision: 51, other_terms: history[50]?.terms.otherTerms });
    expect(new Set(history.slice(1).map((h) => h.terms.otherTerms)).size).toBe(50);

    // Intents: one row; its version counts every applied change, and it holds the last applied one.
    const intentRows = await world.db.query(
      `SELECT id, level, note, version FROM match_intent WHERE partner_id = $1`,
      [b.partner.id],
    );
    expect(intentRows).toHaveLength(1);
    const intent = intentRows[0] as { id: string; level: string; note: string; version: number };
    const applied: { action: string; summary: { to?: string; level?: string } }[] = await world.db.query(
      `SELECT action, summary FROM audit_event WHERE object_id = $1 ORDER BY created_at, id`,
      [intent.id],
    );
    expect(intent.version).toBe(applied.length); // the insert plus one per applied change
    const ok = recorded.filter((r) => !r.errors).map((r) => r.data?.recordIntent);
    // Every applied call saw the one before it (each version once), none was lost.
    const versions = ok.map((x) => x?.version ?? 0);
    expect(new Set(versions).size).toBe(ok.length);
    expect(Math.max(...versions)).toBe(intent.version);
    const last = ok.find((x) => x?.version === intent.version);
    expect(last).toMatchObject({ level: intent.level, note: intent.note });

    // Stage moves: the deal's version counts the applied moves and it stands where the last one left it.
    const dealMoves: { summary: { to: string } }[] = await world.db.query(
      `SELECT summary FROM audit_event WHERE object_id = $1 AND action = 'deal.moved' ORDER BY created_at, id`,
      [deal.id],
    );
    const [dealRow] = await world.db.query(`SELECT stage, version FROM deal WHERE id = $1`, [deal.id]);
    expect(dealRow.version).toBe(1 + dealMoves.length);
    expect(codes(moved).filter((c) => c === 'OK')).toHaveLength(dealMoves.length);
    // Each applied move saw the one before it: versions 2..n+1, each once; the last one is the deal's state.
    const appliedMoves = moved.filter((r) => !r.errors).map((r) => r.data?.moveDeal);
    expect(appliedMoves.map((m) => m?.version).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(
      Array.from({ length: appliedMoves.length }, (_, i) => i + 2),
    );
    expect(appliedMoves.find((m) => m?.version === dealRow.version)?.stage).toBe(dealRow.stage);
    const [{ n: dealCount }] = await world.db.query(
      `SELECT count(*)::int AS n FROM deal WHERE project_id = $1`,
      [projectId],
    );
    expect(dealCount).toBe(2);
  });
});
