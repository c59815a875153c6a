import {
  codeOf,
  createRound,
  getRound,
  inviteReviewer,
  mailsTo,
  must,
  openedRound,
  openRound,
  ROUND,
  screeningProgramme,
  signUpOrganizer,
  startWorld,
  submitProjects,
  World,
} from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const statuses = async (ids: string[]) =>
  (await world.db.query(`SELECT status FROM project WHERE id = ANY($1) ORDER BY status`, [ids])).map(
    (r: { status: string }) => r.status,
  );

describe('screening rounds', () => {
  it('opens round 1 as a job: every submitted project gets k reviewers, moves to IN_SCREENING, reviewers are e-mailed', async () => {
    const { org, projectIds, reviewers, round } = await openedRound(world, {
      projects: 4,
      reviewers: 3,
      k: 2,
    });
    expect(round).toMatchObject({
      ordinal: 1,
      status: 'OPEN',
      projectCount: 4,
      assignmentCount: 8,
      submittedReviewCount: 0,
      assignmentJob: { state: 'DONE', progress: 1 },
    });
    expect(await statuses(projectIds)).toEqual(Array(4).fill('IN_SCREENING'));
    const perProject = await world.db.query(
      `SELECT project_id, count(DISTINCT reviewer_profile_id)::int AS n FROM review_assignment WHERE round_id = $1 GROUP BY project_id`,
      [round.id],
    );
    expect(perProject.map((r: { n: number }) => r.n)).toEqual([2, 2, 2, 2]);
    // Loads 3, 3, 2: within one of each other.
    const loads = (
      await world.db.query(
        `SELECT count(*)::int AS n FROM review_assignment WHERE round_id = $1 GROUP BY reviewer_profile_id ORDER BY 1`,
        [round.id],
      )
    ).map((r: { n: number }) => r.n);
    expect(loads).toEqual([2, 3, 3]);
    for (const r of reviewers) {
      const [mail] = await mailsTo(world.db, r.profile.email, 'screening.assigned');
      expect(mail?.locale).toBe('en');
      expect(['2', '3']).toContain(mail?.params['count']);
      expect(mail?.params['deadline']).toMatch(/20\d\d/);
    }
    // A second open is refused; the audit trail has the opening.
    expect(
      codeOf(
        await world.api.gql(
          `mutation($id: ID!) { openScreeningRound(id: $id) { id } }`,
          { id: round.id },
          org.accessToken,
        ),
      ),
    ).toBe('CONFLICT');
    const [{ n }] = await world.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action IN ('screening_round.opening', 'screening_round.opened')`,
      [round.id],
    );
    expect(n).toBe(2);
  });

  it('refuses to open when capacity is short and names the shortfall; the preview says the same', async () => {
    const org = await signUpOrganizer(world.api);
    const programmeId = await screeningProgramme(world.api, org);
    await submitProjects(world.api, org, programmeId, [{}, {}, {}, {}, {}]);
    await inviteReviewer(world.api, org, { maxLoad: 4 });
    await inviteReviewer(world.api, org, { maxLoad: 4 });
    await inviteReviewer(world.api, org, { maxLoad: 4 });
    const round = await createRound(world.api, org, programmeId, { reviewersPerProject: 3 });
    const { assignmentPreview } = await must<{
      assignmentPreview: {
        feasible: boolean;
        needed: number;
        capacity: number;
        shortfall: number;
        message: string;
      };
    }>(
      world.api.gql(
        `query($r: ID!) { assignmentPreview(roundId: $r) { feasible needed capacity shortfall message projectCount loads { load maxLoad } } }`,
        { r: round.id },
        org.accessToken,
      ),
    );
    expect(assignmentPreview).toMatchObject({ feasible: false, needed: 15, capacity: 12, shortfall: 3 });
    const refused = await world.api.gql(
      `mutation($id: ID!) { openScreeningRound(id: $id) { id } }`,
      { id: round.id },
      org.accessToken,
    );
    expect(codeOf(refused)).toBe('VALIDATION');
    expect(refused.errors?.[0]?.message).toContain('needs 15 reviews, capacity 12');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ needed: 15, capacity: 12, shortfall: 3 });
    expect((await must(getRound(world.api, org, round.id))).screeningRound.status).toBe('DRAFT');
  });

  it('checks the settings, keeps rounds in order and changes only drafts', async () => {
    const org = await signUpOrganizer(world.api);
    const programmeId = await screeningProgramme(world.api, org);
    const bad = await world.api.gql(
      `mutation($i: ScreeningRoundInput!) { createScreeningRound(input: $i) { id } }`,
      {
        i: {
          programmeId,
          cans: ['ATTEND'],
          criteria: ['NOVELTY', 'BEAUTY'],
          reviewersPerProject: 3,
          maxLoad: 10,
          deadline: new Date(Date.now() - 1000).toISOString(),
          advanceRule: { kind: 'TOP_N' },
        },
      },
      org.accessToken,
    );
    expect(codeOf(bad)).toBe('VALIDATION');
    const fields = (bad.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['input.criteria', 'input.deadline', 'input.advanceRule.n']),
    );

    const first = await createRound(world.api, org, programmeId);
    expect(first.ordinal).toBe(1);
    const second = await world.api.gql(
      `mutation($i: ScreeningRoundInput!) { createScreeningRound(input: $i) { id } }`,
      {
        i: {
          programmeId,
          cans: [],
          criteria: ['NOVELTY'],
          reviewersPerProject: 2,
          maxLoad: 10,
          deadline: new Date(Date.now() + 86400_000).toISOString(),
          advanceRule: { kind: 'MIN_SCORE', minScore: 6 },
        },
      },
      org.accessToken,
    );
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toContain('decide it before creating round 2');

    const updated = await must<{
      updateScreeningRound: { reviewersPerProject: number; advanceRule: { kind: string; minScore: number } };
    }>(
      world.api.gql(
        `mutation($id: ID!, $i: ScreeningRoundUpdateInput!) { updateScreeningRound(id: $id, input: $i) { reviewersPerProject advanceRule { kind minScore } } }`,
        { id: first.id, i: { reviewersPerProject: 3, advanceRule: { kind: 'MIN_SCORE', minScore: 7.5 } } },
        org.accessToken,
      ),
    );
    expect(updated.updateScreeningRound).toEqual({
      reviewersPerProject: 3,
      advanceRule: { kind: 'MIN_SCORE', minScore: 7.5 },
    });
    const { screeningRounds } = await must<{ screeningRounds: { id: string }[] }>(
      world.api.gql(
        `query($p: ID!) { screeningRounds(programmeId: $p) { ${ROUND} } }`,
        { p: programmeId },
        org.accessToken,
      ),
    );
    expect(screeningRounds.map((r) => r.id)).toEqual([first.id]);
  });

  it('detects conflicts at open, never assigns an active one, and a dismissed conflict stays dismissed', async () => {
    const org = await signUpOrganizer(world.api);
    const programmeId = await screeningProgramme(world.api, org);
    const [tum] = await submitProjects(world.api, org, programmeId, [
      { organizationName: 'Technische Universität München', contactEmail: 'anna@tum.example' },
      {},
      {},
    ]);
    const sameOrg = await inviteReviewer(world.api, org, { affiliation: ' technische universität MÜNCHEN ' });
    const sameDomain = await inviteReviewer(world.api, org, { email: `prof-${Date.now()}@TUM.example` });
    await inviteReviewer(world.api, org);
    await inviteReviewer(world.api, org);
    const { id: roundId } = await createRound(world.api, org, programmeId, { reviewersPerProject: 3 });
    const open = () =>
      world.api.gql(
        `mutation($id: ID!) { openScreeningRound(id: $id) { id } }`,
        { id: roundId },
        org.accessToken,
      );

    // Two of four reviewers are tied to the TUM project: it cannot get three.
    const refused = await open();
    expect(codeOf(refused)).toBe('VALIDATION');
    expect(refused.errors?.[0]?.message).toContain('fewer than 3 reviewers without a conflict');
    const list = async () =>
      (
        await must<{
          conflicts: {
            totalCount: number;
            edges: {
              node: {
                id: string;
                source: string;
                status: string;
                projectId: string;
                reviewer: { id: string };
              };
            }[];
          };
        }>(
          world.api.gql(
            `query($r: ID) { conflicts(roundId: $r, first: 50) { totalCount edges { node { id source status kind reason projectId projectTitle { en } reviewer { id } assignmentId createdAt resolvedAt } } } }`,
            { r: roundId },
            org.accessToken,
          ),
        )
      ).conflicts.edges.map((e) => e.node);
    const found = await list();
    expect(found.map((c) => [c.reviewer.id, c.projectId, c.source, c.status]).sort()).toEqual(
      [
        [sameOrg.id, tum, 'DETECTED', 'ACTIVE'],
        [sameDomain.id, tum, 'DETECTED', 'ACTIVE'],
      ].sort(),
    );

    const resolve = (id: string, resolution: string) =>
      world.api.gql<{ resolveConflict: { status: string } }>(
        `mutation($id: ID!, $r: ConflictResolution!) { resolveConflict(id: $id, resolution: $r) { status resolvedAt } }`,
        { id, r: resolution },
        org.accessToken,
      );
    const dismissed = found.find((c) => c.reviewer.id === sameOrg.id)?.id ?? '';
    expect((await must(resolve(dismissed, 'DISMISS'))).resolveConflict.status).toBe('DISMISSED');
    expect(codeOf(await resolve(dismissed, 'CONFIRM'))).toBe('CONFLICT');

    // Opening detects the same ties again: the dismissed one stays dismissed, the other keeps blocking.
    expect((await openRound(world.api, org, roundId)).status).toBe('OPEN');
    const after = await list();
    expect(after).toHaveLength(2);
    expect(after.find((c) => c.reviewer.id === sameOrg.id)?.status).toBe('DISMISSED');
    expect(after.find((c) => c.reviewer.id === sameDomain.id)?.status).toBe('ACTIVE');
    const onTum = (
      await world.db.query(`SELECT reviewer_profile_id AS id FROM review_assignment WHERE project_id = $1`, [
        tum,
      ])
    ).map((r: { id: string }) => r.id);
    expect(onTum).toHaveLength(3);
    expect(onTum).toContain(sameOrg.id);
    expect(onTum).not.toContain(sameDomain.id);
  });

  it("answers NOT_FOUND for another organisation's rounds exactly as for unknown ids", async () => {
    const { round, programmeId } = await openedRound(world, { projects: 2, reviewers: 2 });
    const other = await signUpOrganizer(world.api);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [round.id, unknown]) {
      const got = await getRound(world.api, other, id);
      expect(codeOf(got)).toBe('NOT_FOUND');
      expect(got.errors?.[0]?.message).toBe('Screening round not found');
      for (const op of ['openScreeningRound', 'closeScreeningRound', 'decideScreeningRound'])
        expect(
          codeOf(
            await world.api.gql(`mutation($id: ID!) { ${op}(id: $id) { id } }`, { id }, other.accessToken),
          ),
        ).toBe('NOT_FOUND');
      expect(
        codeOf(
          await world.api.gql(
            `query($r: ID!) { roundResults(roundId: $r, first: 5) { totalCount } }`,
            { r: id },
            other.accessToken,
          ),
        ),
      ).toBe('NOT_FOUND');
    }
    expect(
      codeOf(
        await world.api.gql(
          `query($p: ID!) { screeningRounds(programmeId: $p) { id } }`,
          { p: programmeId },
          other.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await must<{ conflicts: { totalCount: number } }>(
          world.api.gql(
            `query($r: ID) { conflicts(roundId: $r, first: 5) { totalCount } }`,
            { r: round.id },
            other.accessToken,
          ),
        )
      ).conflicts.totalCount,
    ).toBe(0);
  });
});
