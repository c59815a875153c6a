import {
  ASSIGNMENT,
  codeOf,
  declareNoConflict,
  FULL_REVIEW,
  must,
  myAssignments,
  openedRound,
  review,
  saveReview,
  signUpOrganizer,
  startWorld,
  submitReview,
  World,
} from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.['reason'];

describe('reviews', () => {
  it('can be written only after declaring no conflict, only on one’s own assignment, and only while the round is open', async () => {
    const { org, reviewers, round } = await openedRound(world, { projects: 2, reviewers: 2, k: 2 });
    const [a, b] = reviewers as [(typeof reviewers)[0], (typeof reviewers)[0]];
    const [mine, second] = await myAssignments(world.api, a.auth, round.id);
    if (!mine || !second) throw new Error('expected two assignments');
    expect(mine.conflictDeclared).toBeNull();
    expect(mine.round).toMatchObject({ scaleMin: 1, scaleMax: 10, criteria: ['NOVELTY', 'MARKET'] });

    const early = await saveReview(world.api, a.auth, mine.id, FULL_REVIEW(7));
    expect(codeOf(early)).toBe('CONFLICT');
    expect(reasonOf(early)).toBe('NO_CONFLICT_NOT_DECLARED');
    expect(reasonOf(await submitReview(world.api, a.auth, mine.id))).toBe('NO_CONFLICT_NOT_DECLARED');

    // Someone else's assignment is not found, exactly like an id that does not exist.
    const foreign = await saveReview(world.api, b.auth, mine.id, FULL_REVIEW(7));
    const random = await saveReview(world.api, b.auth, UNKNOWN, FULL_REVIEW(7));
    expect([codeOf(foreign), foreign.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Assignment not found']);
    expect([codeOf(random), random.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Assignment not found']);
    expect(codeOf(await declareNoConflict(world.api, b.auth, mine.id))).toBe('NOT_FOUND');

    expect(
      (await must(declareNoConflict(world.api, a.auth, mine.id))).declareNoConflict.conflictDeclared,
    ).toBe(false);
    const wrong = await saveReview(world.api, a.auth, mine.id, {
      scores: [
        { criterion: 'BEAUTY', score: 5 },
        { criterion: 'NOVELTY', score: 11 },
      ],
      verdicts: [{ can: 'CONVERT', verdict: 'PASS' }],
    });
    expect(codeOf(wrong)).toBe('VALIDATION');
    expect((wrong.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field)).toEqual([
      'input.scores.0.criterion',
      'input.scores.1.score',
      'input.verdicts.0.can',
    ]);

    const draft = await must(
      saveReview(world.api, a.auth, mine.id, { scores: [{ criterion: 'NOVELTY', score: 8 }] }),
    );
    expect(draft.saveReview.status).toBe('DRAFT');
    const incomplete = await submitReview(world.api, a.auth, mine.id);
    expect(codeOf(incomplete)).toBe('VALIDATION');
    expect(incomplete.errors?.[0]?.message).toContain('scores.MARKET');
    await must(saveReview(world.api, a.auth, mine.id, FULL_REVIEW(8)));
    expect((await must(submitReview(world.api, a.auth, mine.id))).submitReview.status).toBe('SUBMITTED');
    // Still editable (and re-submittable) while the round is open; it stays submitted and complete.
    const edited = await must(saveReview(world.api, a.auth, mine.id, { comment: 'On reflection, strong.' }));
    expect(edited.saveReview.status).toBe('SUBMITTED');
    expect(
      codeOf(await saveReview(world.api, a.auth, mine.id, { scores: [{ criterion: 'NOVELTY', score: 9 }] })),
    ).toBe('VALIDATION');
    expect((await must(submitReview(world.api, a.auth, mine.id))).submitReview.status).toBe('SUBMITTED');

    await must(
      world.api.gql(
        `mutation($id: ID!) { closeScreeningRound(id: $id) { status } }`,
        { id: round.id },
        org.accessToken,
      ),
    );
    const late = await saveReview(world.api, a.auth, mine.id, FULL_REVIEW(9));
    expect([codeOf(late), reasonOf(late)]).toEqual(['CONFLICT', 'ROUND_CLOSED']);
    expect(reasonOf(await submitReview(world.api, a.auth, second.id))).toBe('ROUND_CLOSED');
    expect(codeOf(await declareNoConflict(world.api, a.auth, second.id))).toBe('CONFLICT');
    const [{ n }] = await world.db.query(`SELECT count(*)::int AS n FROM review WHERE round_id = $1`, [
      round.id,
    ]);
    expect(n).toBe(1);
  });

  it('never shows a reviewer another reviewer’s scores or identity, on any path', async () => {
    const { org, reviewers, round, programmeId } = await openedRound(world, {
      projects: 2,
      reviewers: 2,
      k: 2,
    });
    const [a, b] = reviewers as [(typeof reviewers)[0], (typeof reviewers)[0]];
    const secret = 'A-private-comment-7f3a';
    for (const x of await myAssignments(world.api, a.auth, round.id)) {
      await must(declareNoConflict(world.api, a.auth, x.id));
      await must(saveReview(world.api, a.auth, x.id, { ...FULL_REVIEW(9), comment: secret }));
      await must(submitReview(world.api, a.auth, x.id));
    }
    const aAssignments = await myAssignments(world.api, a.auth, round.id);
    const answers: unknown[] = [];
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      const r = await world.api.gql(query, variables, b.auth.accessToken);
      answers.push(r);
      return r;
    };
    const bList = await ask(
      `query($r: ID) { myAssignments(roundId: $r, first: 50) { totalCount edges { node { ${ASSIGNMENT} } } } }`,
      {
        r: round.id,
      },
    );
    const bNodes = (
      bList.data as { myAssignments: { edges: { node: { review: unknown; reviewer: { email: string } } }[] } }
    ).myAssignments.edges;
    expect(bNodes).toHaveLength(2);
    expect(bNodes.every((e) => e.node.review === null && e.node.reviewer.email === b.profile.email)).toBe(
      true,
    );
    expect(
      codeOf(
        await ask(`query($id: ID!) { assignment(id: $id) { ${ASSIGNMENT} } }`, { id: aAssignments[0]?.id }),
      ),
    ).toBe('NOT_FOUND');
    await ask(`query { nextAssignment { ${ASSIGNMENT} } }`);
    const roundView = await ask(
      `query($id: ID!) { screeningRound(id: $id) { assignmentCount submittedReviewCount } }`,
      { id: round.id },
    );
    expect(roundView.data).toEqual({ screeningRound: { assignmentCount: 2, submittedReviewCount: 0 } });
    await ask(`query($p: ID!) { screeningRounds(programmeId: $p) { id submittedReviewCount } }`, {
      p: programmeId,
    });
    await ask(`query { myReviewerProfile { id email activeAssignments } }`);
    for (const query of [
      `query($r: ID!) { roundResults(roundId: $r, first: 10) { edges { node { rawMean perCriterion { score } } } } }`,
      `query($r: ID!) { reviewerProgress(roundId: $r) { submitted reviewer { email } } }`,
      `query($r: ID!) { reviewerLeniency(roundId: $r) { meanRaw reviewer { email } } }`,
      `query($r: ID!) { roundScoreDistribution(roundId: $r) { raw } }`,
      `query($r: ID!) { roundAssignments(roundId: $r, first: 10) { edges { node { review { comment } } } } }`,
      `query($r: ID) { conflicts(roundId: $r, first: 10) { totalCount } }`,
      `query { reviewerProfiles(first: 10) { edges { node { email } } } }`,
    ])
      expect(codeOf(await ask(query, { r: round.id }))).toBe('FORBIDDEN');
    const everything = JSON.stringify(answers);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(a.profile.email);
    expect(everything).not.toContain(a.profile.id);

    // The organizer sees the submitted scores in the results.
    const { roundResults } = await must<{
      roundResults: { totalCount: number; edges: { node: { reviewCount: number } }[] };
    }>(
      world.api.gql(
        `query($r: ID!) { roundResults(roundId: $r, first: 10) { totalCount edges { node { reviewCount } } } }`,
        { r: round.id },
        org.accessToken,
      ),
    );
    expect(roundResults.edges.map((e) => e.node.reviewCount)).toEqual([1, 1]);
  });

  it('gives the next assignment in a stable order, skipping submitted ones', async () => {
    const { reviewers, round } = await openedRound(world, { projects: 3, reviewers: 2, k: 2 });
    const a = reviewers[0] as (typeof reviewers)[0];
    const next = async () =>
      (
        await must<{ nextAssignment: { id: string } | null }>(
          world.api.gql(
            `query($r: ID) { nextAssignment(roundId: $r) { id } }`,
            { r: round.id },
            a.auth.accessToken,
          ),
        )
      ).nextAssignment?.id ?? null;
    const order = (await myAssignments(world.api, a.auth, round.id)).map((x) => x.id);
    expect(order).toHaveLength(3);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await next();
      expect(id).toBe(order[i]);
      expect(await next()).toBe(id);
      await review(world.api, a.auth, id as string, 6);
      seen.push(id as string);
    }
    expect(await next()).toBeNull();
  });

  it('lets a reviewer declare a conflict; the organizer reassigns within conflicts and loads, never after submission', async () => {
    const { org, reviewers, round, projectIds } = await openedRound(world, {
      projects: 2,
      reviewers: 4,
      k: 2,
    });
    const rows: { id: string; project_id: string; reviewer_profile_id: string }[] = await world.db.query(
      `SELECT id, project_id, reviewer_profile_id FROM review_assignment WHERE round_id = $1`,
      [round.id],
    );
    const project = projectIds[0] as string;
    const onProject = rows.filter((r) => r.project_id === project);
    const byProfile = (id: string) => reviewers.find((r) => r.profile.id === id) as (typeof reviewers)[0];
    const a = byProfile(onProject[0]?.reviewer_profile_id as string);
    const x = byProfile(onProject[1]?.reviewer_profile_id as string);
    const [t1, t2] = reviewers.filter((r) => r !== a && r !== x) as [
      (typeof reviewers)[0],
      (typeof reviewers)[0],
    ];
    const slot = onProject[0]?.id as string;

    await must(declareNoConflict(world.api, a.auth, slot));
    await must(saveReview(world.api, a.auth, slot, FULL_REVIEW(5)));
    const declared = await must<{ declareConflict: { conflictDeclared: boolean; review: unknown } }>(
      world.api.gql(
        `mutation($a: ID!) { declareConflict(assignmentId: $a, reason: "I co-authored their patent") { conflictDeclared review { id } } }`,
        { a: slot },
        a.auth.accessToken,
      ),
    );
    expect(declared.declareConflict).toEqual({ conflictDeclared: true, review: null });
    expect(reasonOf(await saveReview(world.api, a.auth, slot, FULL_REVIEW(5)))).toBe('CONFLICT_DECLARED');
    const { conflicts } = await must<{
      conflicts: {
        edges: { node: { source: string; status: string; assignmentId: string; reviewer: { id: string } } }[];
      };
    }>(
      world.api.gql(
        `query($r: ID) { conflicts(roundId: $r, first: 10) { edges { node { source status assignmentId reviewer { id } } } } }`,
        { r: round.id },
        org.accessToken,
      ),
    );
    expect(conflicts.edges.map((e) => e.node)).toEqual([
      { source: 'DECLARED', status: 'CONFIRMED', assignmentId: slot, reviewer: { id: a.profile.id } },
    ]);

    const reassign = (to: string, id = slot, who = org) =>
      world.api.gql<{ reassignReview: { reviewer: { id: string }; conflictDeclared: boolean | null } }>(
        `mutation($a: ID!, $r: ID!) { reassignReview(assignmentId: $a, reviewerProfileId: $r) { reviewer { id } conflictDeclared } }`,
        { a: id, r: to },
        who.accessToken,
      );
    expect(reasonOf(await reassign(a.profile.id))).toBe('SAME_REVIEWER');
    expect(reasonOf(await reassign(x.profile.id))).toBe('ALREADY_ASSIGNED');
    await must(
      world.api.gql(
        `mutation($r: ID!, $p: ID!) { addConflict(reviewerProfileId: $r, projectId: $p, reason: "Board member of the applicant") { status source } }`,
        { r: t1.profile.id, p: project },
        org.accessToken,
      ),
    );
    expect(reasonOf(await reassign(t1.profile.id))).toBe('CONFLICT');
    const setMaxLoad = (id: string, maxLoad: number) =>
      must(
        world.api.gql(
          `mutation($id: ID!, $i: ReviewerProfileInput!) { updateReviewerProfile(id: $id, input: $i) { maxLoad } }`,
          { id, i: { maxLoad } },
          org.accessToken,
        ),
      );
    await setMaxLoad(t2.profile.id, 1); // t2 already reviews the other project
    expect(reasonOf(await reassign(t2.profile.id))).toBe('AT_MAX_LOAD');
    await setMaxLoad(t2.profile.id, 10);
    const other = await signUpOrganizer(world.api);
    expect(codeOf(await reassign(t2.profile.id, slot, other))).toBe('NOT_FOUND');
    const moved = await must(reassign(t2.profile.id));
    expect(moved.reassignReview).toEqual({ reviewer: { id: t2.profile.id }, conflictDeclared: null });
    expect((await myAssignments(world.api, a.auth, round.id)).map((m) => m.id)).not.toContain(slot);
    expect((await myAssignments(world.api, t2.auth, round.id)).map((m) => m.id)).toContain(slot);

    // Once its new reviewer has submitted, the assignment stays.
    await review(world.api, t2.auth, slot, 7);
    const refused = await reassign(a.profile.id);
    expect([codeOf(refused), refused.errors?.[0]?.message]).toEqual([
      'CONFLICT',
      'Its review was submitted: the assignment can no longer move',
    ]);
  });
});
