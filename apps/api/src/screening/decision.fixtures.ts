import {
  Auth,
  createRound,
  must,
  myAssignments,
  openRound,
  review,
  reviewerAccount,
  screeningProgramme,
  signUpApplicant,
  signUpOrganizer,
  submitProjects,
  World,
} from './screening.fixtures';

export const RESULT = `projectId rank rawMean normalised disagreement reviewCount minReviewerScore title { en }
  perCriterion { criterion score } gate { passed failedCans counts { can pass fail unsure } }
  proposed decision reasonCode override { decision reason by byUserId at }`;

export interface Result {
  projectId: string;
  rank: number;
  rawMean: number;
  reviewCount: number;
  gate: { passed: boolean; failedCans: string[] };
  proposed: string;
  decision: string;
  reasonCode: string;
  override: { decision: string; reason: string; by: string } | null;
}

/** The helpers below, bound to one test file's world. */
export function decisionHelpers(world: World) {
  const gql = <T = Record<string, unknown>>(
    who: Auth,
    query: string,
    variables: Record<string, unknown> = {},
  ) => world.api.gql<T>(query, variables, who.accessToken);
  const results = async (who: Auth, roundId: string) =>
    (
      await must<{ roundResults: { totalCount: number; edges: { node: Result }[] } }>(
        gql(
          who,
          `query($r: ID!) { roundResults(roundId: $r, first: 50) { totalCount edges { node { ${RESULT} } } } }`,
          {
            r: roundId,
          },
        ),
      )
    ).roundResults.edges.map((e) => e.node);
  const override = (who: Auth, roundId: string, projectId: string, decision: string, reason: string) =>
    gql<{ overrideDecision: Result }>(
      who,
      `mutation($r: ID!, $p: ID!, $d: Decision!, $why: String!) { overrideDecision(roundId: $r, projectId: $p, decision: $d, reason: $why) { ${RESULT} } }`,
      { r: roundId, p: projectId, d: decision, why: reason },
    );
  const move = (who: Auth, op: string, id: string) =>
    gql<Record<string, { id: string; status: string; decidedAt: string | null }>>(
      who,
      `mutation($id: ID!) { ${op}(id: $id) { id status decidedAt } }`,
      { id },
    );

  /** Reviews each project by both reviewers with the given score (and failed cans). */
  const reviewAll = async (
    reviewers: { auth: Auth }[],
    roundId: string,
    plan: Map<string, { score: number; fail?: string[] }>,
  ): Promise<void> => {
    for (const r of reviewers)
      for (const a of await myAssignments(world.api, r.auth, roundId)) {
        const p = plan.get(a.projectId);
        if (p) await review(world.api, r.auth, a.id, p.score, p.fail);
      }
  };

  /** Round 1 over four projects of one applicant, reviewed by two reviewers (still open). */
  const reviewedRound1 = async () => {
    const org = await signUpOrganizer(world.api);
    const programmeId = await screeningProgramme(world.api, org);
    const applicant = await signUpApplicant(world.api, org.me.organization.id);
    const [p1, p2, p3, p4] = (await submitProjects(world.api, applicant, programmeId, [{}, {}, {}, {}])) as [
      string,
      string,
      string,
      string,
    ];
    const reviewers = [await reviewerAccount(world, org), await reviewerAccount(world, org)];
    const round = await openRound(world.api, org, (await createRound(world.api, org, programmeId)).id);
    await reviewAll(
      reviewers,
      round.id,
      new Map([
        [p1, { score: 9 }],
        [p2, { score: 8 }],
        [p3, { score: 7, fail: ['LAND'] }],
        [p4, { score: 3 }],
      ]),
    );
    return { org, programmeId, applicant, reviewers, round, p1, p2, p3, p4 };
  };
  return { gql, results, override, move, reviewedRound1 };
}
