import { Role } from '@sixcan/domain';
import { applySeededMoves, screeningSeedInput, seedIntake } from '@sixcan/server-programmes';
import { seedScreening } from '@sixcan/server-screening';
import { randomUUID } from 'node:crypto';
import { must, startWorld, World } from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

describe('demo screening seed', () => {
  it('adds 150 reviewers, a decided round 1 with about 300 advanced and an open round 2, once, fast', async () => {
    const organizationId = randomUUID();
    await seedIntake(world.db, { organizationId });
    const input = await screeningSeedInput(world.db, organizationId);
    if (!input) throw new Error('no reference programme');
    const started = Date.now();
    const organizerUserId = randomUUID();
    const { summary, moves } = await seedScreening(world.db, { organizationId, ...input, organizerUserId });
    await applySeededMoves(world.db, organizationId, moves);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(60);
    expect(summary).toMatch(/^150 reviewers, \d+ detected conflicts; round 1 decided/);
    expect((await seedScreening(world.db, { organizationId, ...input })).summary).toBe('already there');

    const submitted = input.projects.filter((p) => p.status === 'SUBMITTED').length;
    const [counts] = await world.db.query(
      `SELECT (SELECT count(*)::int FROM reviewer_profile WHERE organization_id = $1) AS reviewers,
              (SELECT count(*)::int FROM project WHERE organization_id = $1 AND status = 'IN_SCREENING') AS in_screening,
              (SELECT count(*)::int FROM project WHERE organization_id = $1 AND status = 'REJECTED') AS rejected`,
      [organizationId],
    );
    expect(counts.reviewers).toBe(150);
    expect(counts.in_screening + counts.rejected).toBe(submitted);
    expect(counts.in_screening).toBe(300);
    // Every project of round 1 has exactly three reviewers, none with an active conflict.
    const [invariants] = await world.db.query(
      `SELECT (SELECT count(*)::int FROM (SELECT project_id FROM review_assignment a JOIN screening_round r ON r.id = a.round_id
                WHERE r.organization_id = $1 AND r.ordinal = 1 GROUP BY project_id HAVING count(*) <> 3) x) AS wrong_k,
              (SELECT count(*)::int FROM review_assignment a JOIN conflict_of_interest c
                 ON c.project_id = a.project_id AND c.reviewer_profile_id = a.reviewer_profile_id AND c.status = 'ACTIVE'
                WHERE a.organization_id = $1) AS conflicted`,
      [organizationId],
    );
    expect(invariants).toEqual({ wrong_k: 0, conflicted: 0 });

    const organizer = world.api.token({ userId: organizerUserId, organizationId, roles: [Role.ORGANIZER] });
    const { screeningRounds } = await must<{
      screeningRounds: {
        id: string;
        ordinal: number;
        status: string;
        projectCount: number;
        submittedReviewCount: number;
      }[];
    }>(
      world.api.gql(
        `query($p: ID!) { screeningRounds(programmeId: $p) { id ordinal status projectCount submittedReviewCount } }`,
        { p: input.programme.id },
        organizer,
      ),
    );
    expect(screeningRounds.map((r) => [r.ordinal, r.status])).toEqual([
      [1, 'DECIDED'],
      [2, 'OPEN'],
    ]);
    expect(screeningRounds[0]).toMatchObject({
      projectCount: submitted,
      submittedReviewCount: submitted * 3,
    });
    expect(screeningRounds[1]?.projectCount).toBe(300);
    const { roundResults } = await must<{
      roundResults: {
        totalCount: number;
        edges: { node: { decision: string; override: { reason: string } | null } }[];
      };
    }>(
      world.api.gql(
        `query($r: ID!) { roundResults(roundId: $r, first: 200) { totalCount edges { node { decision override { reason by } } } } }`,
        { r: screeningRounds[0]?.id },
        organizer,
      ),
    );
    expect(roundResults.totalCount).toBe(submitted);
    expect(roundResults.edges[0]?.node.decision).toBe('ADVANCE');
    const [{ overrides }] = await world.db.query(
      `SELECT count(*)::int AS overrides FROM screening_round_project WHERE round_id = $1 AND override_reason IS NOT NULL`,
      [screeningRounds[0]?.id],
    );
    expect(overrides).toBe(2);
  });
});
