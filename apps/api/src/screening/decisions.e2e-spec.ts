import ExcelJS from 'exceljs';
import {
  codeOf,
  createRound,
  mailsTo,
  must,
  myAssignments,
  openRound,
  signUpApplicant,
  startWorld,
  World,
} from './screening.fixtures';
import { decisionHelpers, Result } from './decision.fixtures';

let world: World;
let h: ReturnType<typeof decisionHelpers>;
beforeAll(async () => {
  world = await startWorld();
  h = decisionHelpers(world);
});
afterAll(() => world.close());

const statusOf = async (id: string) =>
  ((await world.db.query(`SELECT status FROM project WHERE id = $1`, [id]))[0] as { status: string }).status;

describe('deciding a round', () => {
  it('ranks from submitted reviews, needs a reason to override, and decides: statuses move, each applicant is e-mailed once', async () => {
    const { org, applicant, round, p1, p2, p3, p4 } = await h.reviewedRound1();
    expect(codeOf(await h.override(org, round.id, p4, 'ADVANCE', 'Strategic fit'))).toBe('CONFLICT');
    expect(codeOf(await h.move(org, 'decideScreeningRound', round.id))).toBe('CONFLICT');
    expect((await must(h.move(org, 'closeScreeningRound', round.id)))['closeScreeningRound']?.status).toBe(
      'CLOSED',
    );

    const ranked = await h.results(org, round.id);
    expect(ranked.map((r) => [r.projectId, r.rank, r.proposed, r.reasonCode])).toEqual([
      [p1, 1, 'ADVANCE', 'TOP_N'],
      [p2, 2, 'ADVANCE', 'TOP_N'],
      [p4, 3, 'REJECT', 'BELOW_TOP_N'],
      [p3, 4, 'REJECT', 'GATE_FAILED'],
    ]);
    expect(ranked[0]).toMatchObject({ rawMean: 9, reviewCount: 2, gate: { passed: true, failedCans: [] } });
    expect(ranked[3]?.gate).toMatchObject({ passed: false, failedCans: ['LAND'] });

    expect(codeOf(await h.override(org, round.id, p4, 'ADVANCE', '   '))).toBe('VALIDATION');
    const gateFailed = await h.override(org, round.id, p3, 'ADVANCE', 'We like it');
    expect([codeOf(gateFailed), gateFailed.errors?.[0]?.message]).toEqual([
      'CONFLICT',
      'A project that failed the six-can gate cannot advance',
    ]);
    const overridden = await must<{ overrideDecision: Result }>(
      h.override(org, round.id, p2, 'REJECT', 'Same team as an earlier grant'),
    );
    expect(overridden.overrideDecision).toMatchObject({
      proposed: 'ADVANCE',
      decision: 'REJECT',
      override: { decision: 'REJECT', reason: 'Same team as an earlier grant', by: 'Li Na' },
    });
    await must(h.override(org, round.id, p4, 'ADVANCE', 'Strategic fit for the local battery cluster'));
    const feedbackEarly = await h.gql(
      org,
      `mutation($r: ID!, $p: ID!) { releaseFeedback(roundId: $r, projectId: $p, text: { en: "x" }) { releasedAt } }`,
      { r: round.id, p: p2 },
    );
    expect(codeOf(feedbackEarly)).toBe('CONFLICT');

    const decided = await must(h.move(org, 'decideScreeningRound', round.id));
    expect(decided['decideScreeningRound']?.status).toBe('DECIDED');
    expect([await statusOf(p1), await statusOf(p2), await statusOf(p3), await statusOf(p4)]).toEqual([
      'IN_SCREENING',
      'REJECTED',
      'REJECTED',
      'IN_SCREENING',
    ]);
    const [{ note }] = await world.db.query(
      `SELECT note FROM project_status_change WHERE project_id = $1 AND to_status = 'REJECTED'`,
      [p3],
    );
    expect(note).toBe('screening round 1');
    expect(codeOf(await h.move(org, 'decideScreeningRound', round.id))).toBe('CONFLICT');
    expect(codeOf(await h.override(org, round.id, p3, 'REJECT', 'late'))).toBe('CONFLICT');

    const notices = (await mailsTo(world.db, applicant.me.user.email)).filter((m) =>
      m.template.startsWith('screening.'),
    );
    expect(notices).toHaveLength(4);
    expect(new Set(notices.map((m) => m.params['title'])).size).toBe(4);
    expect(notices.map((m) => m.template).sort()).toEqual([
      'screening.advanced',
      'screening.advanced',
      'screening.not_selected',
      'screening.not_selected',
    ]);
    for (const m of notices) {
      expect(m.locale).toBe('en');
      expect(Object.keys(m.params).sort()).toEqual(['link', 'name', 'programme', 'round', 'title']);
    }

    // Applicants never get scores: no access to results, only released feedback text.
    expect(
      codeOf(
        await h.gql(applicant, `query($r: ID!) { roundResults(roundId: $r, first: 5) { totalCount } }`, {
          r: round.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    await must(
      h.gql(
        org,
        `mutation($r: ID!, $p: ID!, $t: LocalizedTextInput!) { releaseFeedback(roundId: $r, projectId: $p, text: $t) { roundOrdinal } }`,
        {
          r: round.id,
          p: p3,
          t: { en: 'Landing locally is not yet shown.', zh: '尚未证明可在本地落地。' },
        },
      ),
    );
    const { projectFeedback } = await must<{ projectFeedback: unknown[] }>(
      h.gql(
        applicant,
        `query($p: ID!) { projectFeedback(projectId: $p) { roundOrdinal text { zh en } releasedAt } }`,
        { p: p3 },
      ),
    );
    expect(projectFeedback).toEqual([
      expect.objectContaining({
        roundOrdinal: 1,
        text: { en: 'Landing locally is not yet shown.', zh: '尚未证明可在本地落地。' },
      }),
    ]);
    const stranger = await signUpApplicant(world.api, org.me.organization.id);
    expect(
      codeOf(
        await h.gql(stranger, `query($p: ID!) { projectFeedback(projectId: $p) { roundOrdinal } }`, {
          p: p3,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('takes the advanced projects into round 2; advancing from the last round shortlists', async () => {
    const { org, programmeId, applicant, reviewers, round, p1, p2, p3, p4 } = await h.reviewedRound1();
    await must(h.move(org, 'closeScreeningRound', round.id));
    await must(h.move(org, 'decideScreeningRound', round.id));
    const second = await createRound(world.api, org, programmeId, {
      cans: ['CONVERT'],
      criteria: ['NOVELTY'],
      advanceRule: { kind: 'TOP_N', n: 1 },
      lastRound: true,
    });
    expect(second.ordinal).toBe(2);
    expect(second.projectCount).toBe(2);
    const opened = await openRound(world.api, org, second.id);
    expect(opened).toMatchObject({ status: 'OPEN', projectCount: 2, assignmentCount: 4 });
    for (const r of reviewers)
      for (const a of await myAssignments(world.api, r.auth, second.id)) {
        await must(
          h.gql(r.auth, `mutation($a: ID!) { declareNoConflict(assignmentId: $a) { id } }`, { a: a.id }),
        );
        await must(
          h.gql(
            r.auth,
            `mutation($a: ID!, $i: ReviewInput!) { saveReview(assignmentId: $a, input: $i) { id } }`,
            {
              a: a.id,
              i: {
                scores: [{ criterion: 'NOVELTY', score: a.projectId === p2 ? 9 : 4 }],
                verdicts: [{ can: 'CONVERT', verdict: 'PASS' }],
              },
            },
          ),
        );
        await must(h.gql(r.auth, `mutation($a: ID!) { submitReview(assignmentId: $a) { id } }`, { a: a.id }));
      }
    await must(h.move(org, 'closeScreeningRound', second.id));
    await must(h.move(org, 'decideScreeningRound', second.id));
    // Round 1 advanced p1 and p2; round 2 ranks p2 first and shortlists it.
    expect([await statusOf(p1), await statusOf(p2), await statusOf(p3), await statusOf(p4)]).toEqual([
      'REJECTED',
      'SHORTLISTED',
      'REJECTED',
      'REJECTED',
    ]);
    const templates = (await mailsTo(world.db, applicant.me.user.email)).map((m) => m.template);
    expect(templates.filter((t) => t === 'screening.shortlisted')).toHaveLength(1);
    expect(templates.filter((t) => t.startsWith('screening.'))).toHaveLength(6);
    const third = await h.gql(
      org,
      `mutation($i: ScreeningRoundInput!) { createScreeningRound(input: $i) { id } }`,
      {
        i: {
          programmeId,
          cans: [],
          criteria: ['NOVELTY'],
          reviewersPerProject: 1,
          maxLoad: 5,
          deadline: new Date(Date.now() + 86400_000).toISOString(),
          advanceRule: { kind: 'MANUAL' },
        },
      },
    );
    expect(codeOf(third)).toBe('CONFLICT');
  });

  it('exports the ranking with its justification as a readable XLSX, and charts the scores', async () => {
    const { org, round, p2, p3 } = await h.reviewedRound1();
    await must(h.move(org, 'closeScreeningRound', round.id));
    await must(h.override(org, round.id, p2, 'REJECT', 'Same team as an earlier grant'));
    const { exportRoundResults } = await must<{
      exportRoundResults: { url: string; filename: string; contentType: string };
    }>(
      h.gql(
        org,
        `mutation($r: ID!) { exportRoundResults(roundId: $r, locale: "en") { id url filename contentType sizeBytes } }`,
        { r: round.id },
      ),
    );
    expect(exportRoundResults.filename).toMatch(/^screening-round-1-results-.*\.xlsx$/);
    const response = await fetch(`${world.api.url}${exportRoundResults.url}`, {
      headers: { authorization: `Bearer ${org.accessToken}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'Rank',
        'Raw mean',
        'Normalised score',
        'NOVELTY',
        'MARKET',
        'Six-can gate',
        'LAND FAIL',
        'Override reason',
        'Final decision',
      ]),
    );
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(4);
    const col = (name: string) => header.indexOf(name) + 1;
    const row2 = rows.find((r) => r[col('Project ID')] === p2) as unknown[];
    expect([row2[col('Proposed')], row2[col('Override reason')], row2[col('Final decision')]]).toEqual([
      'Advance',
      'Same team as an earlier grant',
      'Reject',
    ]);
    const row3 = rows.find((r) => r[col('Project ID')] === p3) as unknown[];
    expect([row3[col('Six-can gate')], row3[col('Failed mandatory cans')], row3[col('LAND FAIL')]]).toEqual([
      'failed',
      'LAND',
      2,
    ]);
    expect(workbook.worksheets[1]?.getCell('B6').value).toBe('TOP_N 2');

    const charts = await must<{
      roundScoreDistribution: { from: number; raw: number }[];
      reviewerLeniency: { count: number; meanRaw: number }[];
      reviewerProgress: { assigned: number; submitted: number; declared: number }[];
    }>(
      h.gql(
        org,
        `query($r: ID!) { roundScoreDistribution(roundId: $r) { from to raw normalised }
           reviewerLeniency(roundId: $r) { reviewer { id } meanRaw meanZ count }
           reviewerProgress(roundId: $r) { reviewer { id } assigned declared drafts submitted } }`,
        { r: round.id },
      ),
    );
    expect(charts.roundScoreDistribution).toHaveLength(10);
    expect(charts.roundScoreDistribution.reduce((n, b) => n + b.raw, 0)).toBe(4);
    expect(charts.reviewerLeniency.map((l) => [l.count, l.meanRaw])).toEqual([
      [4, 6.75],
      [4, 6.75],
    ]);
    expect(charts.reviewerProgress.map((p) => [p.assigned, p.declared, p.submitted])).toEqual([
      [4, 4, 4],
      [4, 4, 4],
    ]);
  });
});
