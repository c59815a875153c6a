import { checkAssignment } from '@sixcan/domain';
import { eventually } from '@sixcan/server-testing';
import {
  createRound,
  getRound,
  must,
  screeningProgramme,
  signUpOrganizer,
  startWorld,
  World,
} from './screening.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

describe('a round of the reference size', () => {
  it('assigns 2,400 projects × 3 reviewers over 150 reviewers with conflicts within the rules, ranks and decides it', async () => {
    const org = await signUpOrganizer(world.api);
    const programmeId = await screeningProgramme(world.api, org);
    const organizationId = org.me.organization.id;
    // Bulk data: the API paths under test are opening, results and deciding.
    await world.db.query(
      `INSERT INTO project (organization_id, programme_id, source, status, title_en, sector_code, country, organization_name,
                            contact_email, applicant_email, submitted_at)
       SELECT $1, $2, 'IMPORT', 'SUBMITTED', 'Project ' || g, (ARRAY['BIO','ICT','NEM'])[1 + g % 3], 'DE', 'Lab ' || (g % 400),
              'c' || g || '@lab' || (g % 400) || '.example', 'a' || g || '@mail.example', now() - g * interval '1 minute'
       FROM generate_series(1, 2400) g`,
      [organizationId, programmeId],
    );
    // Every tenth reviewer works at one of the labs: 6 projects each are conflicts.
    await world.db.query(
      `INSERT INTO reviewer_profile (organization_id, email, display_name, sectors, languages, email_domain, max_load, affiliation)
       SELECT $1, 'r' || g || '@review.example', 'Reviewer ' || g, ARRAY[(ARRAY['BIO','ICT','NEM'])[1 + g % 3]], ARRAY['en'],
              'review.example', 60, CASE WHEN g % 10 = 0 THEN 'Lab ' || g END
       FROM generate_series(1, 150) g`,
      [organizationId],
    );
    const round = await createRound(world.api, org, programmeId, {
      reviewersPerProject: 3,
      maxLoad: 60,
      advanceRule: { kind: 'TOP_N', n: 300 },
    });
    await must(
      world.api.gql(
        `mutation($id: ID!) { openScreeningRound(id: $id) { id } }`,
        { id: round.id },
        org.accessToken,
      ),
    );
    const opened = await eventually(
      async () => (await must(getRound(world.api, org, round.id))).screeningRound,
      (r) => r.status === 'OPEN' || r.assignmentJob?.state === 'FAILED',
      120_000,
    );
    expect(opened).toMatchObject({ status: 'OPEN', projectCount: 2400, assignmentCount: 7200 });

    const [projects, reviewers, conflicts, assignments] = await Promise.all([
      world.db.query(`SELECT project_id AS id FROM screening_round_project WHERE round_id = $1`, [round.id]),
      world.db.query(
        `SELECT id, least(max_load, 60) AS "maxLoad" FROM reviewer_profile WHERE organization_id = $1`,
        [organizationId],
      ),
      world.db.query(
        `SELECT project_id AS "projectId", reviewer_profile_id AS "reviewerId" FROM conflict_of_interest WHERE organization_id = $1`,
        [organizationId],
      ),
      world.db.query(
        `SELECT project_id AS "projectId", reviewer_profile_id AS "reviewerId" FROM review_assignment WHERE round_id = $1`,
        [round.id],
      ),
    ]);
    expect(conflicts.length).toBe(15 * 6);
    expect(
      checkAssignment(
        {
          projects: projects.map((p: { id: string }) => ({ id: p.id, sector: null, languages: [] })),
          reviewers: reviewers.map((r: { id: string; maxLoad: number }) => ({
            ...r,
            sectors: [],
            languages: [],
          })),
          k: 3,
          conflicts,
        },
        assignments,
        { balance: true },
      ),
    ).toEqual([]);

    // Every review in: scores from a hash of the ids, all cans passed.
    await world.db.query(
      `INSERT INTO review (organization_id, assignment_id, round_id, project_id, reviewer_profile_id, status, scores, verdicts, submitted_at)
       SELECT a.organization_id, a.id, a.round_id, a.project_id, a.reviewer_profile_id, 'SUBMITTED',
              jsonb_build_array(
                jsonb_build_object('criterion', 'NOVELTY', 'score', 1 + abs(hashtext(a.id::text)) % 10),
                jsonb_build_object('criterion', 'MARKET', 'score', 1 + abs(hashtext(a.project_id::text)) % 10)),
              '[{"can":"ATTEND","verdict":"PASS"},{"can":"TRANSFER","verdict":"PASS"},{"can":"LAND","verdict":"PASS"}]'::jsonb, now()
       FROM review_assignment a WHERE a.round_id = $1`,
      [round.id],
    );
    const { roundResults } = await must<{
      roundResults: { totalCount: number; edges: { node: { rank: number; reviewCount: number } }[] };
    }>(
      world.api.gql(
        `query($r: ID!) { roundResults(roundId: $r, first: 100) { totalCount edges { node { rank reviewCount } } } }`,
        { r: round.id },
        org.accessToken,
      ),
    );
    expect(roundResults.totalCount).toBe(2400);
    expect(roundResults.edges.map((e) => e.node.rank)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    await must(
      world.api.gql(
        `mutation($id: ID!) { closeScreeningRound(id: $id) { id } }`,
        { id: round.id },
        org.accessToken,
      ),
    );
    await must(
      world.api.gql(
        `mutation($id: ID!) { decideScreeningRound(id: $id) { id } }`,
        { id: round.id },
        org.accessToken,
      ),
    );
    const [statuses] = await world.db.query(
      `SELECT count(*) FILTER (WHERE status = 'IN_SCREENING')::int AS advanced, count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected
       FROM project WHERE programme_id = $1`,
      [programmeId],
    );
    expect(statuses).toEqual({ advanced: 300, rejected: 2100 });
    const [{ mails }] = await world.db.query(
      `SELECT count(*)::int AS mails FROM mail_message WHERE template IN ('screening.advanced', 'screening.not_selected') AND to_address LIKE '%@mail.example'`,
    );
    expect(mails).toBe(2400);
  }, 180_000);
});
