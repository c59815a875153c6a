import { decisionHelpers } from './decision.fixtures';
import {
  codeOf,
  declareNoConflict,
  FULL_REVIEW,
  mailsTo,
  must,
  myAssignments,
  openedRound,
  saveReview,
  startWorld,
  World,
} from './screening.fixtures';

let world: World;
let h: ReturnType<typeof decisionHelpers>;
beforeAll(async () => {
  world = await startWorld();
  h = decisionHelpers(world);
});
afterAll(() => world.close());

describe('screening under concurrent requests', () => {
  it('decides a round once when two organizers decide at the same time: one e-mail per project', async () => {
    const { org, applicant, round } = await h.reviewedRound1();
    await must(h.move(org, 'closeScreeningRound', round.id));
    const answers = await Promise.all([
      h.move(org, 'decideScreeningRound', round.id),
      h.move(org, 'decideScreeningRound', round.id),
      h.move(org, 'decideScreeningRound', round.id),
    ]);
    expect(answers.map((a) => codeOf(a) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const notices = (await mailsTo(world.db, applicant.me.user.email)).filter((m) =>
      m.template.startsWith('screening.'),
    );
    expect(notices).toHaveLength(4);
    const [{ changes }] = await world.db.query(
      `SELECT count(*)::int AS changes FROM project_status_change c JOIN screening_round_project rp ON rp.project_id = c.project_id
        WHERE rp.round_id = $1 AND c.to_status = 'REJECTED'`,
      [round.id],
    );
    expect(changes).toBe(2);
  });

  it('keeps one review per assignment when the same draft is saved from two tabs at once', async () => {
    const { reviewers, round } = await openedRound(world, { projects: 1, reviewers: 1, k: 1 });
    const me = reviewers[0] as (typeof reviewers)[0];
    const [a] = await myAssignments(world.api, me.auth, round.id);
    await must(declareNoConflict(world.api, me.auth, a?.id as string));
    const saves = await Promise.all(
      [3, 5, 7, 9].map((score) => saveReview(world.api, me.auth, a?.id as string, FULL_REVIEW(score))),
    );
    expect(saves.map((s) => codeOf(s))).toEqual([undefined, undefined, undefined, undefined]);
    const rows = await world.db.query(`SELECT scores FROM review WHERE assignment_id = $1`, [a?.id]);
    expect(rows).toHaveLength(1);
    expect(new Set(saves.map((s) => s.data?.saveReview.id)).size).toBe(1);
  });

  it('never lets concurrent reassignments push a reviewer above their max load', async () => {
    const { org, reviewers, round } = await openedRound(world, { projects: 3, reviewers: 4, k: 1 });
    // Three reviewers declare a conflict on their project; the fourth has room for one more only.
    const rows: { id: string; reviewer_profile_id: string }[] = await world.db.query(
      `SELECT id, reviewer_profile_id FROM review_assignment WHERE round_id = $1`,
      [round.id],
    );
    const target = reviewers.find(
      (r) => !rows.some((x) => x.reviewer_profile_id === r.profile.id),
    ) as (typeof reviewers)[0];
    for (const row of rows) {
      const owner = reviewers.find((r) => r.profile.id === row.reviewer_profile_id) as (typeof reviewers)[0];
      await must(
        world.api.gql(
          `mutation($a: ID!) { declareConflict(assignmentId: $a, reason: "Former colleague") { id } }`,
          { a: row.id },
          owner.auth.accessToken,
        ),
      );
    }
    await must(
      world.api.gql(
        `mutation($id: ID!, $i: ReviewerProfileInput!) { updateReviewerProfile(id: $id, input: $i) { id } }`,
        { id: target.profile.id, i: { maxLoad: 1 } },
        org.accessToken,
      ),
    );
    const answers = await Promise.all(
      rows.map((row) =>
        world.api.gql(
          `mutation($a: ID!, $r: ID!) { reassignReview(assignmentId: $a, reviewerProfileId: $r) { id } }`,
          { a: row.id, r: target.profile.id },
          org.accessToken,
        ),
      ),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.['reason'] === 'AT_MAX_LOAD').length).toBe(2);
    const [{ load }] = await world.db.query(
      `SELECT count(*)::int AS load FROM review_assignment WHERE round_id = $1 AND reviewer_profile_id = $2`,
      [round.id, target.profile.id],
    );
    expect(load).toBe(1);
  });
});
