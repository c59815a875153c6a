import { MailMessage } from '@sixcan/server-core';
import { RoadshowsJobsModule } from '@sixcan/server-roadshows';
import { randomUUID } from 'node:crypto';
import { startWorld as startTestWorld, World } from '../test-world';
import { Auth, must, signUpApplicant, signUpOrganizer, unique } from '../intake/intake.fixtures';
import { screeningProgramme, submitProjects } from '../screening/screening.fixtures';

export { codeOf, must, signUpApplicant, signUpOrganizer, unique } from '../intake/intake.fixtures';
export type { World } from '../test-world';
export type { Auth } from '../intake/intake.fixtures';

export const PUBLIC_URL = 'https://sixcan.example.org';

export function startWorld(): Promise<World> {
  return startTestWorld([RoadshowsJobsModule]);
}

export const SLOT =
  'id projectId title { zh en } country order startsAt endsAt presenterTimeZone presenterLocalStart presenterLocalEnd displayStart displayEnd delivery status explanation { code fit local }';

export const ROADSHOW = `id programmeId title { zh en } mode venue streamUrl startsAt endsAt timeZone slotMinutes
  breaks { every { afterEverySlots minutes } windows { startsAt endsAt } } status version projectIds
  commentators { userId displayName } publishedAt startedAt endedAt
  plan { mode slots { ${SLOT} } breaks { startsAt endsAt displayStart displayEnd }
    warnings { code message projectId order local needed fits live optimum }
    unplaced { projectId title { en } } summary { live prerecorded preferred unplaced } fingerprint }`;

export interface SlotView {
  id: string;
  projectId: string;
  title: { zh: string | null; en: string | null };
  order: number;
  startsAt: string;
  endsAt: string;
  presenterTimeZone: string;
  presenterLocalStart: string;
  displayStart: string;
  delivery: string;
  status: string;
  explanation: { code: string; fit: string; local: string };
}

export interface RoadshowView {
  id: string;
  status: string;
  version: number;
  projectIds: string[];
  commentators: { userId: string; displayName: string }[];
  streamUrl: string | null;
  plan: {
    mode: string;
    slots: SlotView[];
    breaks: { startsAt: string; endsAt: string }[];
    warnings: { code: string; projectId: string | null; live: number | null; optimum: number | null }[];
    unplaced: { projectId: string }[];
    summary: { live: number; prerecorded: number; preferred: number; unplaced: number };
    fingerprint: string;
  };
}

/** The reference window: 2026-12-10 12:00–15:00 UTC (20:00–23:00 in Shanghai), 12-minute slots, a break after six. */
export const REFERENCE_EVENT = {
  title: {
    zh: '国际产业创新领军技术路演',
    en: 'International Industry Innovation Leading Technology Roadshow',
  },
  mode: 'ONLINE',
  streamUrl: 'https://live.example.org/roadshow',
  startsAt: '2026-12-10T12:00:00Z',
  endsAt: '2026-12-10T15:00:00Z',
  timeZone: 'Asia/Shanghai',
  slotMinutes: 12,
  breaks: { every: { afterEverySlots: 6, minutes: 10 } },
};

/** The reference scenario's presenters: 12 projects from 8 countries. */
export const REFERENCE_PRESENTERS: { country: string; zone: string }[] = [
  { country: 'CN', zone: 'Asia/Shanghai' },
  { country: 'SG', zone: 'Asia/Singapore' },
  { country: 'JP', zone: 'Asia/Tokyo' },
  { country: 'DE', zone: 'Europe/Berlin' },
  { country: 'GB', zone: 'Europe/London' },
  { country: 'US', zone: 'America/New_York' },
  { country: 'CA', zone: 'America/Toronto' },
  { country: 'US', zone: 'America/Los_Angeles' },
  { country: 'AU', zone: 'Australia/Sydney' },
  { country: 'DE', zone: 'Europe/Berlin' },
  { country: 'CN', zone: 'Asia/Shanghai' },
  { country: 'JP', zone: 'Asia/Tokyo' },
];

export interface Programme {
  org: Auth;
  applicant: Auth;
  programmeId: string;
  projectIds: string[];
}

/**
 * An organisation with an open programme and shortlisted projects, one per presenter spec (the shortlist is
 * set in the database: screening is not what these tests are about). `submitted` more projects stay submitted.
 */
export async function shortlist(
  world: World,
  presenters: { country: string; zone: string; availability?: { startsAt: string; endsAt: string }[] }[],
  options: { submitted?: number } = {},
): Promise<Programme & { submittedIds: string[] }> {
  const org = await signUpOrganizer(world.api);
  const programmeId = await screeningProgramme(world.api, org);
  const applicant = await signUpApplicant(world.api, org.me.organization.id);
  const specs = [
    ...presenters.map((p, i) => ({
      country: p.country,
      presenterTimeZone: p.zone,
      availability: p.availability ?? [],
      contactEmail: `presenter${i + 1}-${randomUUID().slice(0, 6)}@lab.example`,
      contactName: `Presenter ${i + 1}`,
    })),
    ...Array.from({ length: options.submitted ?? 0 }, () => ({})),
  ];
  const ids = await submitProjects(world.api, applicant, programmeId, specs);
  const projectIds = ids.slice(0, presenters.length);
  await world.db.query(`UPDATE project SET status = 'SHORTLISTED' WHERE id = ANY($1)`, [projectIds]);
  return { org, applicant, programmeId, projectIds, submittedIds: ids.slice(presenters.length) };
}

export async function createRoadshow(
  world: World,
  org: Auth,
  programmeId: string,
  input: Record<string, unknown> = {},
): Promise<RoadshowView> {
  const { createRoadshow } = await must<{ createRoadshow: RoadshowView }>(
    world.api.gql(
      `mutation($i: CreateRoadshowInput!) { createRoadshow(input: $i) { ${ROADSHOW} } }`,
      { i: { programmeId, ...REFERENCE_EVENT, ...input } },
      org.accessToken,
    ),
  );
  return createRoadshow;
}

export async function addProjects(
  world: World,
  org: Auth,
  id: string,
  projectIds: string[],
): Promise<RoadshowView> {
  const { addRoadshowProjects } = await must<{ addRoadshowProjects: RoadshowView }>(
    world.api.gql(
      `mutation($id: ID!, $p: [ID!]!) { addRoadshowProjects(id: $id, projectIds: $p) { ${ROADSHOW} } }`,
      { id, p: projectIds },
      org.accessToken,
    ),
  );
  return addRoadshowProjects;
}

/** A reference roadshow with its 12 projects on the programme. */
export async function referenceRoadshow(world: World, input: Record<string, unknown> = {}) {
  const programme = await shortlist(world, REFERENCE_PRESENTERS);
  const created = await createRoadshow(world, programme.org, programme.programmeId, input);
  const roadshow = await addProjects(world, programme.org, created.id, programme.projectIds);
  return { ...programme, roadshow };
}

/** A member of the organisation with the given roles, signed in (created directly: identity is not under test). */
export async function member(
  world: World,
  org: Auth,
  roles: string[],
  displayName = 'Member',
): Promise<{ userId: string; email: string; token: () => Promise<string> }> {
  const email = unique('member');
  const [user] = await world.db.query(
    `INSERT INTO app_user (email, password_hash, display_name, locale, time_zone) VALUES ($1, 'x', $2, 'en', 'UTC') RETURNING id`,
    [email, displayName],
  );
  const userId = (user as { id: string }).id;
  await world.db.query(`INSERT INTO membership (organization_id, user_id, roles) VALUES ($1, $2, $3)`, [
    org.me.organization.id,
    userId,
    roles,
  ]);
  return {
    userId,
    email,
    // The roles as they are now, as a fresh sign-in would carry them.
    token: async () => {
      const [row] = await world.db.query(
        `SELECT roles FROM membership WHERE user_id = $1 AND organization_id = $2`,
        [userId, org.me.organization.id],
      );
      return world.api.token({
        userId,
        organizationId: org.me.organization.id,
        roles: (row as { roles: never }).roles,
      });
    },
  };
}

export const mailsTo = (world: World, to: string, template?: string) =>
  world.db.getRepository(MailMessage).find({
    where: { toAddress: to.toLowerCase(), ...(template ? { template } : {}) },
    order: { createdAt: 'ASC' },
  });
