/**
 * R4 — workflow order: no score without a conflict declaration, no score after the round closed, no
 * decision on a round that is not closed. Every forbidden order is tried many times, sequentially and
 * concurrently with the step that should come first (declaring, closing), and counted twice: the calls
 * that answered success, and the rows in the database afterwards.
 *
 * "After close" is judged by the database, not by who answered first: a trigger installed for this file
 * logs every committed write of a review with `clock_timestamp()`, and a write whose statement ran after
 * the round's `closed_at` was stamped counts as a score after close even when its call started earlier.
 */
import { Auth, codeOf, must } from '../apps/api/src/intake/intake.fixtures';
import {
  createRound,
  declareNoConflict,
  FULL_REVIEW,
  myAssignments,
  openedRound,
  saveReview,
  screeningProgramme,
  submitReview,
} from '../apps/api/src/screening/screening.fixtures';
import { eventually } from '@sixcan/server-testing';
import { expectFigures } from './support/figures';
import { startWorld, World } from './support/world';

let world: World;
beforeAll(async () => {
  world = await startWorld();
  await world.db.query(
    `CREATE TABLE IF NOT EXISTS r4_review_write (review_id uuid, round_id uuid, at timestamptz)`,
  );
  await world.db
    .query(`CREATE OR REPLACE FUNCTION r4_log_review_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO r4_review_write VALUES (NEW.id, NEW.round_id, clock_timestamp()); RETURN NEW; END $$`);
  await world.db.query(`DROP TRIGGER IF EXISTS r4_review_write ON review`);
  await world.db.query(
    `CREATE TRIGGER r4_review_write AFTER INSERT OR UPDATE ON review FOR EACH ROW EXECUTE FUNCTION r4_log_review_write()`,
  );
}, 60_000);
afterAll(async () => {
  await world.db.query(`DROP TRIGGER IF EXISTS r4_review_write ON review`);
  await world.db.query(`DROP FUNCTION IF EXISTS r4_log_review_write`);
  await world.db.query(`DROP TABLE IF EXISTS r4_review_write`);
  await world.close();
});

const ok = (r: { data?: unknown; errors?: unknown[] }) => !!r.data && !r.errors;
const move = (who: Auth, op: string, id: string) =>
  world.api.gql(`mutation($id: ID!) { ${op}(id: $id) { id status } }`, { id }, who.accessToken);
const times = <T>(n: number, f: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => f(i)));

/** A close in progress: the round row locked and marked closed, committed by `commit()`. */
async function closeInProgress(roundId: string): Promise<{ commit: () => Promise<void> }> {
  const closing = world.db.createQueryRunner();
  await closing.connect();
  await closing.startTransaction();
  await closing.query(`SELECT id FROM screening_round WHERE id = $1 FOR UPDATE`, [roundId]);
  await closing.query(`UPDATE screening_round SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [
    roundId,
  ]);
  return {
    commit: async () => {
      await closing.commitTransaction();
      await closing.release();
    },
  };
}

/** 'waiting' once `n` statements wait for a lock on a screening round, 'answered' if `calls` answer first. */
function waitsOrAnswers(calls: Promise<unknown>, n: number): Promise<string> {
  const activity = () =>
    world.db.query(
      `SELECT wait_event_type AS w, query AS q FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    ) as Promise<{ w: string | null; q: string }[]>;
  return Promise.race([
    calls.then(() => 'answered'),
    eventually(
      activity,
      (rows) => rows.filter((r) => r.w === 'Lock' && /"ScreeningRound"/.test(r.q)).length >= n,
      15_000,
    ).then(() => 'waiting'),
  ]);
}

describe('R4 workflow order', () => {
  it('scores only after a conflict declaration and before close, and decides only closed rounds', async () => {
    const { api, db } = world;
    const { org, round, reviewers } = await openedRound(world, {
      projects: 6,
      reviewers: 3,
      k: 2,
    });
    let attempts = 0;
    let undeclaredScores = 0;
    let lateScores = 0;
    let openDecisions = 0;
    const counted = async <T extends { data?: unknown; errors?: unknown[] }>(
      p: Promise<T>,
      bad: () => void,
    ) => {
      attempts += 1;
      const r = await p;
      if (ok(r)) bad();
      return r;
    };
    const byReviewer = await Promise.all(
      reviewers.map(async (r) => ({ auth: r.auth, assignments: await myAssignments(api, r.auth, round.id) })),
    );
    const all = byReviewer.flatMap((r) => r.assignments.map((a) => ({ auth: r.auth, id: a.id })));
    expect(all).toHaveLength(12);

    // 1. Scores before any declaration: saves and submits, each several times at once.
    await Promise.all(
      all.map(({ auth, id }) =>
        Promise.all([
          ...Array.from({ length: 3 }, () =>
            counted(saveReview(api, auth, id, FULL_REVIEW(7)), () => (undeclaredScores += 1)),
          ),
          ...Array.from({ length: 2 }, () =>
            counted(submitReview(api, auth, id), () => (undeclaredScores += 1)),
          ),
        ]),
      ),
    );
    const refusal = await saveReview(api, all[0]?.auth as Auth, all[0]?.id as string, FULL_REVIEW(7));
    expect(refusal.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NO_CONFLICT_NOT_DECLARED',
    });

    // 2. A conflict declared while saves run on the same assignment: the conflicted assignment keeps no review.
    const [racing, ...rest] = byReviewer;
    for (const a of racing?.assignments ?? []) {
      await must(declareNoConflict(api, racing?.auth as Auth, a.id));
      await Promise.all([
        ...Array.from({ length: 6 }, (_, i) =>
          saveReview(api, racing?.auth as Auth, a.id, { ...FULL_REVIEW(5), comment: `race ${i}` }),
        ),
        api.gql(
          `mutation($a: ID!) { declareConflict(assignmentId: $a, reason: "Former colleague") { id } }`,
          { a: a.id },
          racing?.auth.accessToken,
        ),
        ...Array.from({ length: 4 }, () => submitReview(api, racing?.auth as Auth, a.id)),
      ]);
      // Once the conflict is declared, every further score is refused.
      await times(5, () =>
        counted(saveReview(api, racing?.auth as Auth, a.id, FULL_REVIEW(6)), () => (undeclaredScores += 1)),
      );
    }

    // 3. The round closes while the other reviewers save and submit: then nothing more is accepted.
    const open = rest.flatMap((r) => r.assignments.map((a) => ({ auth: r.auth, id: a.id })));
    for (const { auth, id } of open) await must(declareNoConflict(api, auth, id));
    let n = 0;
    const writes = () =>
      open.flatMap(({ auth, id }) => [
        saveReview(api, auth, id, { ...FULL_REVIEW(4 + (n % 5)), comment: `write ${(n += 1)}` }),
        submitReview(api, auth, id),
      ]);
    const [, closed] = await Promise.all([
      Promise.all([...writes(), ...writes(), ...writes()]),
      (async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return must(move(org, 'closeScreeningRound', round.id));
      })(),
      Promise.all([...writes(), ...writes()]),
    ]);
    expect(closed).toMatchObject({ closeScreeningRound: { status: 'CLOSED' } });
    // Scores, submissions and declarations (a conflict would discard a review) after the close: all refused.
    for (const { auth, id } of open)
      await Promise.all([
        ...[9, 2].map((score) =>
          counted(
            saveReview(api, auth, id, { ...FULL_REVIEW(score), comment: 'after close' }),
            () => (lateScores += 1),
          ),
        ),
        ...[1, 2].map(() => counted(submitReview(api, auth, id), () => (lateScores += 1))),
        counted(declareNoConflict(api, auth, id), () => (lateScores += 1)),
        counted(
          api.gql(
            `mutation($a: ID!) { declareConflict(assignmentId: $a, reason: "Late conflict") { id } }`,
            { a: id },
            auth.accessToken,
          ),
          () => (lateScores += 1),
        ),
      ]);

    // 4. Decisions on rounds that are not closed: another organisation's open round and a draft round.
    const other = await openedRound(world, { projects: 3, reviewers: 2, k: 1 });
    const draft = await createRound(api, other.org, await screeningProgramme(api, other.org));
    for (const id of [other.round.id, draft.id])
      await Promise.all([
        ...Array.from({ length: 10 }, () =>
          counted(move(other.org, 'decideScreeningRound', id), () => (openDecisions += 1)),
        ),
        ...other.projectIds.flatMap((projectId) => [
          ...['ADVANCE', 'REJECT'].map((decision) =>
            counted(
              api.gql(
                `mutation($r: ID!, $p: ID!, $d: Decision!) { overrideDecision(roundId: $r, projectId: $p, decision: $d, reason: "Strong pilot") { projectId } }`,
                { r: id, p: projectId, d: decision },
                other.org.accessToken,
              ),
              () => (openDecisions += 1),
            ),
          ),
          counted(
            api.gql(
              `mutation($r: ID!, $p: ID!) { releaseFeedback(roundId: $r, projectId: $p, text: { en: "Well done", zh: "很好" }) { roundId } }`,
              { r: id, p: projectId },
              other.org.accessToken,
            ),
            () => (openDecisions += 1),
          ),
        ]),
      ]);
    const early = await move(other.org, 'decideScreeningRound', other.round.id);
    expect(codeOf(early)).toBe('CONFLICT');
    // The closed round decides (once) while more decisions race it: the order is right, so it counts nothing.
    await times(5, () => move(org, 'decideScreeningRound', round.id));

    // The database afterwards.
    const [{ undeclared }] = await db.query(
      `SELECT count(*)::int AS undeclared FROM review v JOIN review_assignment a ON a.id = v.assignment_id
        WHERE a.no_conflict_at IS NULL OR a.conflict_id IS NOT NULL`,
    );
    const [{ late }] = await db.query(
      `SELECT count(*)::int AS late FROM r4_review_write w JOIN screening_round r ON r.id = w.round_id
        WHERE r.closed_at IS NOT NULL AND w.at > r.closed_at`,
    );
    const [{ decided }] = await db.query(
      `SELECT count(*)::int AS decided FROM screening_round_project rp JOIN screening_round r ON r.id = rp.round_id
        WHERE r.status <> 'DECIDED' AND (rp.decision IS NOT NULL OR rp.override_decision IS NOT NULL)`,
    );
    const [{ released }] = await db.query(
      `SELECT count(*)::int AS released FROM released_feedback f JOIN screening_round r ON r.id = f.round_id
        WHERE r.status <> 'DECIDED'`,
    );
    const [{ moved }] = await db.query(
      `SELECT count(*)::int AS moved FROM project WHERE id = ANY($1) AND status NOT IN ('SUBMITTED', 'IN_SCREENING')`,
      [other.projectIds],
    );
    const [{ reviews }] = await db.query(`SELECT count(*)::int AS reviews FROM review WHERE round_id = $1`, [
      round.id,
    ]);
    console.log(
      `R4: ${attempts} forbidden attempts; accepted: ${undeclaredScores} undeclared, ${lateScores} after close, ` +
        `${openDecisions} decisions; rows: ${undeclared} undeclared reviews, ${late} review writes after close, ` +
        `${decided} decisions + ${released} feedback on undecided rounds, ${moved} projects moved; ${reviews} reviews in the closed round`,
    );
    // The legitimate writes did land (the race was real): reviews exist in the closed round.
    expect(reviews).toBeGreaterThan(0);
    expectFigures([
      { id: 'R4', name: 'forbidden-order attempts', value: attempts, op: '>=', target: 150 },
      {
        id: 'R4',
        name: 'scores without a conflict declaration (accepted calls + rows)',
        value: undeclaredScores + undeclared,
        op: '==',
        target: 0,
      },
      {
        id: 'R4',
        name: 'scores after close (accepted calls + writes committed after closed_at)',
        value: lateScores + late,
        op: '==',
        target: 0,
      },
      {
        id: 'R4',
        name: 'decisions on open or draft rounds (accepted calls + rows)',
        value: openDecisions + decided + released + moved,
        op: '==',
        target: 0,
      },
    ]);
  }, 180_000);

  it('makes a review or declaration that arrives while the round is being closed wait for the close, then refuses it', async () => {
    const { api, db } = world;
    const { round, reviewers } = await openedRound(world, { projects: 2, reviewers: 2, k: 2 });
    const [first, second] = reviewers as [(typeof reviewers)[0], (typeof reviewers)[0]];
    const [a] = await myAssignments(api, first.auth, round.id);
    const [b] = await myAssignments(api, second.auth, round.id);
    await must(declareNoConflict(api, first.auth, a?.id as string));
    await must(declareNoConflict(api, second.auth, b?.id as string));
    await must(saveReview(api, second.auth, b?.id as string, FULL_REVIEW(6)));
    const closing = await closeInProgress(round.id);
    const score = saveReview(api, first.auth, a?.id as string, FULL_REVIEW(8));
    const discard = api.gql(
      `mutation($a: ID!) { declareConflict(assignmentId: $a, reason: "Former colleague") { id } }`,
      { a: b?.id },
      second.auth.accessToken,
    );
    const order = await waitsOrAnswers(Promise.all([score, discard]), 2);
    await closing.commit();
    expect(order).toBe('waiting');
    expect((await score).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_CLOSED' });
    expect(codeOf(await discard)).toBe('CONFLICT');
    const rows: { assignment_id: string; status: string }[] = await db.query(
      `SELECT assignment_id, status FROM review WHERE round_id = $1`,
      [round.id],
    );
    // The first reviewer's score never landed; the second reviewer's draft was not discarded after the close.
    expect(rows).toEqual([{ assignment_id: b?.id, status: 'DRAFT' }]);
  }, 120_000);

  it('keeps a closed round’s reviews in its results when an organizer adds a conflict while it closes', async () => {
    const { api, db } = world;
    const { org, round, reviewers } = await openedRound(world, { projects: 2, reviewers: 2, k: 2 });
    const [first] = reviewers as [(typeof reviewers)[0]];
    const [a] = await myAssignments(api, first.auth, round.id);
    await must(declareNoConflict(api, first.auth, a?.id as string));
    await must(saveReview(api, first.auth, a?.id as string, FULL_REVIEW(7)));
    await must(submitReview(api, first.auth, a?.id as string));
    const closing = await closeInProgress(round.id);
    const added = api.gql(
      `mutation($r: ID!, $p: ID!) { addConflict(reviewerProfileId: $r, projectId: $p, reason: "Co-author") { id } }`,
      { r: first.profile.id, p: a?.projectId },
      org.accessToken,
    );
    const order = await waitsOrAnswers(added, 1);
    await closing.commit();
    expect(order).toBe('waiting');
    expect((await added).errors).toBeUndefined();
    const [assignment] = await db.query(`SELECT conflict_id FROM review_assignment WHERE id = $1`, [a?.id]);
    expect(assignment).toEqual({ conflict_id: null });
  }, 120_000);
});
