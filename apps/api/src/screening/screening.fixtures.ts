import { MailMessage } from '@sixcan/server-core';
import { ScreeningJobsModule } from '@sixcan/server-screening';
import { ApiHarness, eventually } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { startWorld as startTestWorld, World } from '../test-world';
import {
  Auth,
  AUTH,
  COMPLETE_PROJECT,
  must,
  SECTORS,
  signUpOrganizer,
  unique,
} from '../intake/intake.fixtures';

export { codeOf, must, signUpApplicant, signUpOrganizer, unique } from '../intake/intake.fixtures';
export type { World } from '../test-world';
export type { Auth } from '../intake/intake.fixtures';
export * from './review.fixtures';

export function startWorld(env: Record<string, string> = {}): Promise<World> {
  return startTestWorld([ScreeningJobsModule], env);
}

export const RUBRIC = [
  { code: 'NOVELTY', nameZh: '技术先进性', nameEn: 'Technical novelty', weight: 0.6 },
  { code: 'MARKET', nameZh: '市场前景', nameEn: 'Market potential', weight: 0.4 },
];

/** An open programme with a two-criterion rubric on 1–10 and three mandatory cans. */
export async function screeningProgramme(api: ApiHarness, org: Auth): Promise<string> {
  const { createProgramme } = await must<{ createProgramme: { id: string } }>(
    api.gql(
      `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }`,
      {
        i: {
          title: { zh: '2027 国际技术转移路演', en: '2027 International Technology Roadshow' },
          timeZone: 'Asia/Shanghai',
          opensAt: new Date(Date.now() - 3600_000).toISOString(),
          closesAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
          sectors: SECTORS,
          mandatoryCans: ['ATTEND', 'TRANSFER', 'LAND'],
          rubric: RUBRIC,
          rubricScale: 10,
        },
      },
      org.accessToken,
    ),
  );
  await must(
    api.gql(
      `mutation($id: ID!) { openProgramme(id: $id) { id } }`,
      { id: createProgramme.id },
      org.accessToken,
    ),
  );
  return createProgramme.id;
}

/** Submits projects on the applicant's (or organizer's) behalf; each spec overrides the complete project. */
export async function submitProjects(
  api: ApiHarness,
  who: Auth,
  programmeId: string,
  specs: Record<string, unknown>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const { createProject } = await must<{ createProject: { id: string } }>(
      api.gql(
        `mutation($p: ID!, $i: ProjectInput!) { createProject(programmeId: $p, input: $i) { id } }`,
        {
          p: programmeId,
          i: {
            ...COMPLETE_PROJECT,
            title: { zh: `项目 ${i + 1}`, en: `Project ${i + 1} ${randomUUID().slice(0, 4)}` },
            organizationName: `Lab ${i + 1} ${randomUUID().slice(0, 6)}`,
            contactEmail: `contact${i + 1}@lab${i + 1}-${randomUUID().slice(0, 6)}.example`,
            ...spec,
          },
        },
        who.accessToken,
      ),
    );
    await must(
      api.gql(
        `mutation($id: ID!) { submitProject(id: $id) { id } }`,
        { id: createProject.id },
        who.accessToken,
      ),
    );
    ids.push(createProject.id);
  }
  return ids;
}

export const PROFILE =
  'id userId email displayName sectors languages country affiliation emailDomain maxLoad activeAssignments';

export interface Profile {
  id: string;
  userId: string | null;
  email: string;
  affiliation: string | null;
  maxLoad: number;
  activeAssignments: number;
}

export async function inviteReviewer(
  api: ApiHarness,
  org: Auth,
  input: Record<string, unknown> = {},
): Promise<Profile> {
  const { inviteReviewer } = await must<{ inviteReviewer: Profile }>(
    api.gql(
      `mutation($i: InviteReviewerInput!) { inviteReviewer(input: $i) { ${PROFILE} } }`,
      {
        i: {
          email: unique('reviewer'),
          locale: 'en',
          displayName: 'Dr. Reviewer',
          sectors: ['NEM'],
          languages: ['en', 'zh'],
          maxLoad: 10,
          ...input,
        },
      },
      org.accessToken,
    ),
  );
  return inviteReviewer;
}

/** A reviewer who accepted the e-mailed invitation: their profile and their session. */
export async function reviewerAccount(
  world: World,
  org: Auth,
  input: Record<string, unknown> = {},
): Promise<{ profile: Profile; auth: Auth }> {
  const profile = await inviteReviewer(world.api, org, input);
  const [mail] = await world.db
    .getRepository(MailMessage)
    .find({ where: { toAddress: profile.email, template: 'identity.invitation' }, take: 1 });
  const token = new URL(String(mail?.params['link'])).searchParams.get('token');
  const { acceptInvitation } = await must<{ acceptInvitation: Auth }>(
    world.api.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${AUTH} } }`, {
      i: {
        token,
        password: 'reviewer password',
        displayName: String(input['displayName'] ?? 'Dr. Reviewer'),
      },
    }),
  );
  return { profile, auth: acceptInvitation };
}

export const ROUND =
  'id programmeId ordinal status cans criteria reviewersPerProject maxLoad deadline lastRound advanceRule { kind n minScore } projectCount assignmentCount submittedReviewCount assignmentJob { state progress message } openedAt closedAt decidedAt';

export interface Round {
  id: string;
  ordinal: number;
  status: string;
  projectCount: number;
  assignmentCount: number;
  submittedReviewCount: number;
  assignmentJob: { state: string; progress: number; message: string | null } | null;
}

export async function createRound(
  api: ApiHarness,
  org: Auth,
  programmeId: string,
  input: Record<string, unknown> = {},
): Promise<Round> {
  const { createScreeningRound } = await must<{ createScreeningRound: Round }>(
    api.gql(
      `mutation($i: ScreeningRoundInput!) { createScreeningRound(input: $i) { ${ROUND} } }`,
      {
        i: {
          programmeId,
          cans: ['ATTEND', 'TRANSFER', 'LAND'],
          criteria: ['NOVELTY', 'MARKET'],
          reviewersPerProject: 2,
          maxLoad: 10,
          deadline: new Date(Date.now() + 14 * 86400_000).toISOString(),
          advanceRule: { kind: 'TOP_N', n: 2 },
          ...input,
        },
      },
      org.accessToken,
    ),
  );
  return createScreeningRound;
}

export const getRound = (api: ApiHarness, who: Auth, id: string) =>
  api.gql<{ screeningRound: Round }>(
    `query($id: ID!) { screeningRound(id: $id) { ${ROUND} } }`,
    { id },
    who.accessToken,
  );

/** Opens the round and waits for the assignment job to finish. */
export async function openRound(api: ApiHarness, org: Auth, id: string): Promise<Round> {
  await must(api.gql(`mutation($id: ID!) { openScreeningRound(id: $id) { id } }`, { id }, org.accessToken));
  return eventually(
    async () => (await must(getRound(api, org, id))).screeningRound,
    (r) => r.status === 'OPEN' || r.assignmentJob?.state === 'FAILED',
    30_000,
  );
}

/**
 * An open round 1 over `projects` submitted projects, reviewed by `reviewers` reviewer accounts
 * (k reviewers per project).
 */
export async function openedRound(
  world: World,
  options: { projects?: number; reviewers?: number; k?: number; round?: Record<string, unknown> } = {},
) {
  const { api } = world;
  const org = await signUpOrganizer(api);
  const programmeId = await screeningProgramme(api, org);
  const projectIds = await submitProjects(
    api,
    org,
    programmeId,
    Array.from({ length: options.projects ?? 4 }, () => ({})),
  );
  const reviewers = [];
  for (let i = 0; i < (options.reviewers ?? 3); i++)
    reviewers.push(await reviewerAccount(world, org, { displayName: `Reviewer ${i + 1}` }));
  const created = await createRound(api, org, programmeId, {
    reviewersPerProject: options.k ?? 2,
    ...options.round,
  });
  const round = await openRound(api, org, created.id);
  return { org, programmeId, projectIds, reviewers, round };
}
