import { MailMessage } from '@sixcan/server-core';
import { MatchingJobsModule } from '@sixcan/server-matching';
import { DataSource } from 'typeorm';
import { startWorld as startTestWorld, World } from '../test-world';
import { AUTH, Auth, must, signUpApplicant, signUpOrganizer, unique } from '../intake/intake.fixtures';
import { screeningProgramme, submitProjects } from '../screening/screening.fixtures';

export { codeOf, must, unique } from '../intake/intake.fixtures';
export type { World } from '../test-world';
export type { Auth } from '../intake/intake.fixtures';

export function startWorld(env: Record<string, string> = {}): Promise<World> {
  return startTestWorld([MatchingJobsModule], env);
}

export const PARTNER = `id kind name { zh en } country description { zh en } memberEmails version
  interests { sectors trlMin trlMax cooperationModes ticketMin { amount currency } ticketMax { amount currency } regions }
  park { chainFocus availableSpaceM2 incentives }`;

export interface PartnerView {
  id: string;
  kind: string;
  memberEmails: string[];
  version: number;
}

/** Someone who accepted the e-mailed invitation to the organisation. */
export async function acceptInvitation(
  world: World,
  email: string,
  displayName = 'Partner member',
): Promise<Auth> {
  const [mail] = await world.db.getRepository(MailMessage).find({
    where: { toAddress: email, template: 'identity.invitation' },
    order: { createdAt: 'DESC' },
    take: 1,
  });
  const token = new URL(String(mail?.params['link'])).searchParams.get('token');
  const { acceptInvitation } = await must<{ acceptInvitation: Auth }>(
    world.api.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${AUTH} } }`, {
      i: { token, password: 'partner password', displayName },
    }),
  );
  return acceptInvitation;
}

export async function createPartner(
  world: World,
  org: Auth,
  input: Record<string, unknown> = {},
): Promise<PartnerView> {
  const { createPartner } = await must<{ createPartner: PartnerView }>(
    world.api.gql(
      `mutation($i: PartnerInput!) { createPartner(input: $i) { ${PARTNER} } }`,
      { i: { kind: 'INVESTOR', name: { zh: '星河资本', en: 'Galaxy Capital' }, country: 'CN', ...input } },
      org.accessToken,
    ),
  );
  return createPartner;
}

/** A partner with one member account. */
export async function partnerAccount(
  world: World,
  org: Auth,
  input: Record<string, unknown> = {},
): Promise<{ partner: PartnerView; auth: Auth }> {
  const email = unique('partner');
  const partner = await createPartner(world, org, { memberEmails: [email], locale: 'en', ...input });
  return { partner, auth: await acceptInvitation(world, email) };
}

/**
 * An organisation with an open programme, an applicant with `projects` submitted projects published to
 * partners, and `partners` partner accounts.
 */
export async function marketplace(world: World, options: { projects?: number; partners?: number } = {}) {
  const org = await signUpOrganizer(world.api);
  const programmeId = await screeningProgramme(world.api, org);
  const applicant = await signUpApplicant(world.api, org.me.organization.id);
  const projectIds = await submitProjects(
    world.api,
    applicant,
    programmeId,
    Array.from({ length: options.projects ?? 1 }, () => ({})),
  );
  for (const id of projectIds)
    await must(
      world.api.gql(`mutation($id: ID!) { publishProject(projectId: $id) { id } }`, { id }, org.accessToken),
    );
  const partners = [];
  for (let i = 0; i < (options.partners ?? 2); i++)
    partners.push(
      await partnerAccount(world, org, {
        kind: i % 2 ? 'PARK' : 'INVESTOR',
        name: { zh: `合作方 ${i + 1}`, en: `Partner ${i + 1}` },
      }),
    );
  return { org, programmeId, applicant, projectIds, partners };
}

export const BID = `id partnerId projectId status revision version responseMessage
  terms { investment { amount currency } equityPercent spaceM2 rentFreeMonths subsidy { amount currency } otherTerms validUntil }
  history { revision terms { investment { amount currency } otherTerms } }`;

export interface BidView {
  id: string;
  status: string;
  revision: number;
  version: number;
  terms: { investment: { amount: string; currency: string } | null; otherTerms: string | null };
  history: {
    revision: number;
    terms: { investment: { amount: string } | null; otherTerms: string | null };
  }[];
}

export const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

export const placeBid = (world: World, who: Auth, input: Record<string, unknown>) =>
  world.api.gql<{ placeBid: BidView }>(
    `mutation($i: PlaceBidInput!) { placeBid(input: $i) { ${BID} } }`,
    {
      i: {
        investment: { amount: '10000000', currency: 'CNY' },
        equityPercent: 10,
        validUntil: inDays(30),
        ...input,
      },
    },
    who.accessToken,
  );

export const INTENT = 'id partnerId projectId kind level source amount { amount currency } note version';

export const recordIntent = (world: World, who: Auth, input: Record<string, unknown>) =>
  world.api.gql<{ recordIntent: { id: string; level: string; version: number; note: string | null } }>(
    `mutation($i: RecordIntentInput!) { recordIntent(input: $i) { ${INTENT} } }`,
    { i: { kind: 'INVESTMENT', ...input } },
    who.accessToken,
  );

/** E-mails queued to an address with a template. */
export async function mailsTo(db: DataSource, email: string, template: string): Promise<MailMessage[]> {
  return db.getRepository(MailMessage).find({ where: { toAddress: email.toLowerCase(), template } });
}

/** A Relay connection as the tests read it. */
export interface Page<T> {
  edges: { node: T }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const nodes = <T>(page: Page<T>): T[] => page.edges.map((e) => e.node);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Uploads a small PDF as `who`; the stored file's id. */
export async function uploadFile(world: World, who: Auth, filename = 'signed.pdf'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)]), filename);
  const response = await fetch(`${world.api.url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${who.accessToken}` },
  });
  if (response.status !== 201) throw new Error(`upload answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
