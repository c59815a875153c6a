import { MailMessage } from '@sixcan/server-core';
import { ApiHarness } from '@sixcan/server-testing';
import { DataSource } from 'typeorm';
import { Auth, must } from '../intake/intake.fixtures';

/** Helpers for the reviewer's side: assignments, reviews, and the e-mails people got. */

export const ASSIGNMENT = `id roundId projectId conflictDeclared
  round { id ordinal deadline status cans criteria rubric { code nameEn weight } scaleMin scaleMax }
  project { id title { zh en } organizationName trl selfAssessment { can claim } }
  review { id status scores { criterion score } verdicts { can verdict note } recommendation comment submittedAt }
  reviewer { id email }`;

export interface Assignment {
  id: string;
  roundId: string;
  projectId: string;
  conflictDeclared: boolean | null;
  round: { ordinal: number; status: string; criteria: string[]; scaleMin: number; scaleMax: number };
  review: { id: string; status: string; scores: { criterion: string; score: number }[] } | null;
  reviewer: { id: string; email: string } | null;
}

export async function myAssignments(api: ApiHarness, who: Auth, roundId?: string): Promise<Assignment[]> {
  const { myAssignments } = await must<{ myAssignments: { edges: { node: Assignment }[] } }>(
    api.gql(
      `query($r: ID) { myAssignments(roundId: $r, first: 200) { totalCount edges { node { ${ASSIGNMENT} } } } }`,
      { r: roundId },
      who.accessToken,
    ),
  );
  return myAssignments.edges.map((e) => e.node);
}

export const FULL_REVIEW = (score: number, fail: string[] = []) => ({
  scores: [
    { criterion: 'NOVELTY', score },
    { criterion: 'MARKET', score },
  ],
  verdicts: ['ATTEND', 'TRANSFER', 'LAND'].map((can) => ({
    can,
    verdict: fail.includes(can) ? 'FAIL' : 'PASS',
    note: `${can} checked`,
  })),
  recommendation: score >= 6 ? 'ADVANCE' : 'REJECT',
  comment: 'Solid work.',
});

export const declareNoConflict = (api: ApiHarness, who: Auth, assignmentId: string) =>
  api.gql<{ declareNoConflict: { id: string; conflictDeclared: boolean | null } }>(
    `mutation($a: ID!) { declareNoConflict(assignmentId: $a) { id conflictDeclared } }`,
    { a: assignmentId },
    who.accessToken,
  );

export const saveReview = (api: ApiHarness, who: Auth, assignmentId: string, input: object) =>
  api.gql<{ saveReview: { id: string; status: string } }>(
    `mutation($a: ID!, $i: ReviewInput!) { saveReview(assignmentId: $a, input: $i) { id status scores { criterion score } } }`,
    { a: assignmentId, i: input },
    who.accessToken,
  );

export const submitReview = (api: ApiHarness, who: Auth, assignmentId: string) =>
  api.gql<{ submitReview: { id: string; status: string } }>(
    `mutation($a: ID!) { submitReview(assignmentId: $a) { id status submittedAt } }`,
    { a: assignmentId },
    who.accessToken,
  );

/** Declares no conflict, saves and submits a complete review. */
export async function review(
  api: ApiHarness,
  who: Auth,
  assignmentId: string,
  score: number,
  fail: string[] = [],
) {
  await must(declareNoConflict(api, who, assignmentId));
  await must(saveReview(api, who, assignmentId, FULL_REVIEW(score, fail)));
  return must(submitReview(api, who, assignmentId));
}

export const mailsTo = (db: DataSource, to: string, template?: string) =>
  db.getRepository(MailMessage).find({
    where: { toAddress: to.toLowerCase(), ...(template ? { template } : {}) },
    order: { createdAt: 'ASC' },
  });
