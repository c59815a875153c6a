// R5: 200 concurrent writers on one project, spread over six partners — competing first bids, bid
// revisions, intents and deal stage moves, all at once. Each object must end in the state of some
// serial order of the calls that were answered OK: versions (or revisions) 1..n each taken by exactly
// one call, the row holding the last call's values. Counts lost updates (an OK call whose write is
// not in the final history) and duplicate rows (a second bid, deal or intent of one partner on the
// project, a revision number twice). apps/api/src/matching/concurrency.e2e-spec.ts checks the
// same rules for two partners; this one measures them across six.
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
} from '../apps/api/src/matching/matching.fixtures';
import { expectFigures } from './support/figures';

let world: World;
beforeAll(async () => {
  // The production default pool (tests elsewhere use 4 connections): 200 writers queue for it, and
  // a request that waits more than 5 s for a connection fails.
  process.env['DATABASE_POOL_SIZE'] = '10';
  world = await startWorld();
});
afterAll(() => world.close());

const LEVELS = ['OBSERVING', 'CONSIDERING', 'COMMITTED'];
/** pg's answer when no pool connection frees up within connectionTimeoutMillis (5 s). */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
const STAGES = ['CONTACTED', 'DUE_DILIGENCE', 'CONTACTED', 'MEETING'];
type Answer<T> = { data?: T | null; errors?: { extensions?: { code?: string } }[] };
const ok = <T>(answers: Answer<T>[]) => answers.filter((a) => !a.errors).map((a) => a.data as T);
const codesOf = (answers: Answer<unknown>[]) => answers.map((a) => codeOf(a as never) ?? 'OK');

/** True when the numbers are exactly from+0 … from+n-1, each once. */
const contiguous = (numbers: number[], from: number) =>
  [...numbers].sort((x, y) => x - y).every((n, i) => n === from + i);

describe('R5 200 concurrent writers on one project', () => {
  jest.setTimeout(5 * 60_000);

  it('ends every bid, intent and deal in the state of some serial order, with no lost update and no duplicate row', async () => {
    const { projectIds, partners } = await marketplace(world, { partners: 6 });
    const projectId = projectIds[0] as string;
    const [a, b, pc, pd, pe, pf] = partners;
    if (!a || !b || !pc || !pd || !pe || !pf) throw new Error('six partners expected');
    // C and D hold live bids (each opening a deal) to revise and to move.
    const held: BidView[] = [];
    for (const p of [pc, pd])
      held.push((await must(placeBid(world, p.auth, { partnerId: p.partner.id, projectId }))).placeBid);
    const deals = new Map<string, string>();
    for (const p of [pc, pd]) {
      const [row] = await world.db.query(`SELECT id FROM deal WHERE partner_id = $1 AND project_id = $2`, [
        p.partner.id,
        projectId,
      ]);
      deals.set(p.partner.id, (row as { id: string }).id);
    }

    // 200 calls at once: 50 first bids (A and B race themselves), 50 revisions (C's and D's bids),
    // 50 intents (E and F), 50 stage moves (C's and D's deals).
    const placers = [a, b];
    const places = Array.from({ length: 50 }, (_, i) => {
      const p = placers[i % 2] as typeof a;
      return placeBid(world, p.auth, { partnerId: p.partner.id, projectId, otherTerms: `place ${i}` });
    });
    const revisions = Array.from({ length: 50 }, (_, i) => {
      const p = i % 2 ? pd : pc;
      const bid = held[i % 2] as BidView;
      return world.api.gql<{ reviseBid: BidView }>(
        `mutation($id: ID!, $i: BidTermsInput!) { reviseBid(id: $id, input: $i) { ${BID} } }`,
        {
          id: bid.id,
          i: {
            investment: { amount: String(2_000_000 + i), currency: 'CNY' },
            otherTerms: `rev ${i}`,
            validUntil: inDays(30),
          },
        },
        p.auth.accessToken,
      );
    });
    const intents = Array.from({ length: 50 }, (_, i) => {
      const p = i % 2 ? pf : pe;
      return recordIntent(world, p.auth, {
        partnerId: p.partner.id,
        projectId,
        level: LEVELS[i % 3],
        note: `note ${i}`,
      });
    });
    const moves = Array.from({ length: 50 }, (_, i) => {
      const p = i % 2 ? pd : pc;
      return world.api.gql<{ moveDeal: { id: string; stage: string; version: number } }>(
        `mutation($id: ID!, $s: DealStage!) { moveDeal(id: $id, input: { to: $s, meetingAt: "2027-04-01T02:00:00Z" }) { id stage version } }`,
        { id: deals.get(p.partner.id), s: STAGES[Math.floor(i / 2) % STAGES.length] },
        p.auth.accessToken,
      );
    });
    const [placed, revised, recorded, moved] = await Promise.all([
      Promise.all(places),
      Promise.all(revisions),
      Promise.all(intents),
      Promise.all(moves),
    ]);
    const all = [...placed, ...revised, ...recorded, ...moved] as Answer<unknown>[];
    expect(all).toHaveLength(200);
    // Losers are told CONFLICT; nothing else (no 5xx, no INTERNAL_SERVER_ERROR).
    const kinds = ['placeBid', 'reviseBid', 'recordIntent', 'moveDeal'];
    const unexpected = all.flatMap((answer, i) => {
      const code = codeOf(answer as never) ?? 'OK';
      const message = (answer.errors?.[0] as { message?: string } | undefined)?.message ?? '';
      if (code === 'OK' || code === 'CONFLICT') return [];
      if (message === POOL_TIMEOUT) return [];
      return [`${kinds[Math.floor(i / 50)]} ${code}: ${message}`];
    });
    expect([...new Set(unexpected)]).toEqual([]);
    // Requests that waited too long for a database connection failed before they wrote anything;
    // the checks below count them as not applied (a write of theirs in the history is a lost update).
    const busy = all.filter(
      (a) => (a.errors?.[0] as { message?: string } | undefined)?.message === POOL_TIMEOUT,
    ).length;

    let lost = 0;
    let serial = 0;
    let objects = 0;
    const notes: string[] = [];

    // First bids: one winner per partner; the bid holds the winner's terms.
    for (const [k, p] of placers.entries()) {
      objects += 1;
      const mine = placed.filter((_, i) => i % 2 === k);
      const winners = ok(mine).map((x) => x.placeBid);
      const rows: { id: string; other_terms: string }[] = await world.db.query(
        `SELECT id, other_terms FROM bid WHERE partner_id = $1 AND project_id = $2`,
        [p.partner.id, projectId],
      );
      if (winners.length === 1 && rows.length === 1 && rows[0]?.id === winners[0]?.id) serial += 1;
      lost += Math.max(0, winners.length - 1); // two winners: one of them was overwritten or duplicated
      expect(winners).toHaveLength(1);
    }

    // Revisions: every OK call is one revision number (2..n+1, each once); the bid holds the last.
    for (const [k, bid] of held.entries()) {
      objects += 1;
      const applied = ok(revised.filter((_, i) => i % 2 === k)).map((x) => x.reviseBid);
      const history: { revision: number; terms: { otherTerms: string } }[] = await world.db.query(
        `SELECT revision, terms FROM bid_revision WHERE bid_id = $1 ORDER BY revision`,
        [bid.id],
      );
      const [row] = await world.db.query(`SELECT revision, other_terms FROM bid WHERE id = $1`, [bid.id]);
      const kept = new Set(history.map((h) => h.terms.otherTerms));
      lost += applied.filter((x) => !kept.has(x.terms.otherTerms ?? '')).length;
      const last = applied.find((x) => x.revision === row.revision);
      if (
        contiguous(
          applied.map((x) => x.revision),
          2,
        ) &&
        contiguous(
          history.map((h) => h.revision),
          1,
        ) &&
        row.revision === applied.length + 1 &&
        last?.terms.otherTerms === row.other_terms
      )
        serial += 1;
      notes.push(`bid ${k + 1}: ${applied.length} revisions applied`);
    }

    // Intents: one row per partner; its version counts the OK calls, each seeing the one before.
    for (const [k, p] of [pe, pf].entries()) {
      objects += 1;
      const applied = ok(recorded.filter((_, i) => i % 2 === k)).map((x) => x.recordIntent);
      const [row] = await world.db.query(
        `SELECT level, note, version FROM match_intent WHERE partner_id = $1 AND project_id = $2`,
        [p.partner.id, projectId],
      );
      const versions = applied.map((x) => x.version);
      lost += applied.length - new Set(versions).size + (row.version === Math.max(...versions) ? 0 : 1);
      const last = applied.find((x) => x.version === row.version);
      if (
        contiguous(versions, 1) &&
        row.version === applied.length &&
        last?.level === row.level &&
        last?.note === row.note
      )
        serial += 1;
      notes.push(`intent ${k + 1}: ${applied.length} changes applied`);
    }

    // Stage moves: versions 2..n+1 each once, an audit event each; the deal stands where the last left it.
    for (const [k, p] of [pc, pd].entries()) {
      objects += 1;
      const dealId = deals.get(p.partner.id);
      const applied = ok(moved.filter((_, i) => i % 2 === k)).map((x) => x.moveDeal);
      const [row] = await world.db.query(`SELECT stage, version FROM deal WHERE id = $1`, [dealId]);
      const [{ n: audited }] = await world.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'deal.moved'`,
        [dealId],
      );
      lost +=
        applied.length - new Set(applied.map((m) => m.version)).size + Math.abs(audited - applied.length);
      const last = applied.find((m) => m.version === row.version);
      if (
        contiguous(
          applied.map((m) => m.version),
          2,
        ) &&
        row.version === applied.length + 1 &&
        last?.stage === row.stage
      )
        serial += 1;
      notes.push(`deal ${k + 1}: ${applied.length} moves applied`);
    }

    // Duplicate rows: per partner at most one bid, one deal and one intent on the project; each
    // revision number once per bid.
    const [dup] = await world.db.query(
      `SELECT
         (SELECT count(*) - count(DISTINCT partner_id) FROM bid WHERE project_id = $1)::int AS bids,
         (SELECT count(*) - count(DISTINCT partner_id) FROM deal WHERE project_id = $1)::int AS deals,
         (SELECT count(*) - count(DISTINCT (partner_id, kind)) FROM match_intent WHERE project_id = $1)::int AS intents,
         (SELECT count(*) - count(DISTINCT (r.bid_id, r.revision)) FROM bid_revision r JOIN bid ON bid.id = r.bid_id
           WHERE bid.project_id = $1)::int AS revisions,
         (SELECT count(*) FROM bid WHERE project_id = $1)::int AS "bidRows"`,
      [projectId],
    );
    const duplicates = dup.bids + dup.deals + dup.intents + dup.revisions;
    expect(dup.bidRows).toBe(4); // A, B (one winner each), C, D
    const okCount = codesOf(all).filter((code) => code === 'OK').length;

    expectFigures([
      {
        id: 'R5',
        name: 'lost updates under 200 concurrent writers on one project',
        value: lost,
        op: '<=',
        target: 0,
        detail: `${okCount} of 200 calls applied, ${busy} timed out waiting for a database connection, the rest CONFLICT; ${notes.join(', ')}`,
      },
      {
        id: 'R5',
        name: 'duplicate rows (bids, deals, intents, revisions)',
        value: duplicates,
        op: '<=',
        target: 0,
        detail: `bids ${dup.bids}, deals ${dup.deals}, intents ${dup.intents}, revision numbers ${dup.revisions}`,
      },
      {
        id: 'R5',
        name: 'objects whose final state equals a serial order of the applied calls',
        value: serial,
        op: '==',
        target: objects,
        detail: '2 first bids, 2 revised bids, 2 intents, 2 deals',
      },
    ]);
  });
});
