import { MatchingJobsModule } from '@sixcan/server-matching';
import { NotificationsJobsModule } from '@sixcan/server-notifications';
import { ScreeningJobsModule } from '@sixcan/server-screening';
import { Role } from '@sixcan/domain';
import { eventually } from '@sixcan/server-testing';
import { createHash, randomUUID } from 'node:crypto';
import { Auth, must, signUpApplicant, signUpOrganizer } from '../../apps/api/src/intake/intake.fixtures';
import {
  acceptInvitation,
  partnerAccount,
  placeBid,
  recordIntent,
  uploadFile,
} from '../../apps/api/src/matching/matching.fixtures';
import { addProjects, createRoadshow, member } from '../../apps/api/src/roadshows/roadshows.fixtures';
import {
  createRound,
  declareNoConflict,
  FULL_REVIEW,
  myAssignments,
  openRound,
  review,
  reviewerAccount,
  saveReview,
  screeningProgramme,
  submitProjects,
} from '../../apps/api/src/screening/screening.fixtures';
import { startWorld as startTestWorld, World } from '../../apps/api/src/test-world';

export type { World } from '../../apps/api/src/test-world';
export type { Auth } from '../../apps/api/src/intake/intake.fixtures';

/**
 * The API and a worker running the jobs that write tenant rows these tests read (assignment, notifications,
 * webhook deliveries). Handbooks and reports stay queued: their rows exist, their PDFs are not under test.
 * A webhook delivery is tried once, so nothing of a tenant changes later by itself.
 */
export function startWorld(): Promise<World> {
  return startTestWorld([ScreeningJobsModule, MatchingJobsModule, NotificationsJobsModule], {
    WEBHOOK_MAX_ATTEMPTS: '1',
  });
}

/** The kinds of objects root fields take ids of, and the table each lives in. */
export const KIND_TABLES = {
  organization: 'organization',
  user: 'membership',
  programme: 'programme',
  project: 'project',
  channel: 'channel',
  file: 'stored_file',
  projectImport: 'project_import',
  round: 'screening_round',
  assignment: 'review_assignment',
  reviewerProfile: 'reviewer_profile',
  conflict: 'conflict_of_interest',
  partner: 'partner',
  bid: 'bid',
  intent: 'match_intent',
  deal: 'deal',
  ceremony: 'signing_ceremony',
  agreement: 'agreement',
  roadshow: 'roadshow_event',
  slot: 'roadshow_slot',
  handbookJob: 'handbook_job',
  programmeReport: 'programme_report',
  webhookEndpoint: 'webhook_endpoint',
  webhookDelivery: 'webhook_delivery',
  invitation: 'invitation',
  notification: 'notification',
} as const;
export type Kind = keyof typeof KIND_TABLES;

export interface Person {
  userId: string;
  /** An access token carrying this one role in the tenant. */
  token: string;
}

/** One organisation with a real object of every kind and a member for every role. */
export interface Tenant {
  org: Auth;
  organizationId: string;
  /** Written into every title, name and note of the tenant: it must never show up in another tenant's answers. */
  marker: string;
  people: Record<Role, Person>;
  applicant: Auth;
  reviewers: { profileId: string; auth: Auth }[];
  partners: { partnerId: string; auth: Auth }[];
  programmeId: string;
  projectIds: string[];
  roundId: string;
  roadshowId: string;
  /** The investor's bid and the park's, both on the first project. */
  bidId: string;
  parkBidId: string;
  /** The roadshow's slots; the first has a critique by the commentator. */
  slotIds: string[];
  /** One id of each kind (the first row of the tenant in its table). */
  ids: Record<Kind, string>;
}

const gql = <T>(world: World, who: Auth, query: string, variables: Record<string, unknown> = {}) =>
  must<T>(world.api.gql<T>(query, variables, who.accessToken));

/**
 * Seeds a tenant through the API as its people would: an open programme with four submitted projects, an
 * open screening round (two reviewers, one of whom submitted scores with commentary), a conflict, partners
 * with a sealed bid, intents and deals, a ceremony and an agreement, a live roadshow with commentary, a
 * channel, an import, a handbook job, a report, a webhook endpoint with a delivery, a pending invitation.
 */
export async function seedTenant(world: World, label: string): Promise<Tenant> {
  const marker = `${label}-SECRET-${randomUUID().slice(0, 8)}`;
  const { api, db } = world;
  const org = await signUpOrganizer(api);
  const organizationId = org.me.organization.id;
  await db.query(`UPDATE organization SET name = $1 WHERE id = $2`, [`${marker} bureau`, organizationId]);
  const programmeId = await screeningProgramme(api, org);
  const applicant = await signUpApplicant(api, organizationId);
  const projectIds = await submitProjects(
    api,
    applicant,
    programmeId,
    [1, 2, 3, 4].map((i) => ({
      title: { zh: `${marker} 项目 ${i}`, en: `${marker} project ${i}` },
      summary: { en: `${marker} summary ${i}`, zh: `${marker} 摘要 ${i}` },
    })),
  );
  const [p1, p2, p3, p4] = projectIds as [string, string, string, string];

  // Screening: two reviewers over the four projects; the first submits, the second saves a draft.
  const reviewers = [];
  for (const n of [1, 2]) {
    const r = await reviewerAccount(world, org, { displayName: `${marker} reviewer ${n}` });
    reviewers.push({ profileId: r.profile.id, auth: r.auth });
  }
  const created = await createRound(api, org, programmeId, { reviewersPerProject: 2 });
  await openRound(api, org, created.id);
  const [first, second] = reviewers as [(typeof reviewers)[0], (typeof reviewers)[0]];
  for (const a of await myAssignments(api, first.auth, created.id))
    await review(api, first.auth, a.id, 7, []).then(() =>
      db.query(`UPDATE review SET comment = $1 WHERE assignment_id = $2`, [`${marker} remark`, a.id]),
    );
  const [draft, conflicted] = await myAssignments(api, second.auth, created.id);
  if (draft) {
    await must(declareNoConflict(api, second.auth, draft.id));
    await must(saveReview(api, second.auth, draft.id, { ...FULL_REVIEW(4), comment: `${marker} draft` }));
  }
  if (conflicted)
    await must(
      api.gql(
        `mutation($a: ID!, $r: String!) { declareConflict(assignmentId: $a, reason: $r) { id } }`,
        { a: conflicted.id, r: `${marker} former colleague` },
        second.auth.accessToken,
      ),
    );

  // Matching: two projects published, two partners, a bid, intents (each opens a deal), a ceremony and an agreement.
  for (const id of [p1, p2])
    await gql(world, org, `mutation($id: ID!) { publishProject(projectId: $id) { id } }`, { id });
  const partners = [];
  for (const n of [1, 2]) {
    const p = await partnerAccount(world, org, {
      kind: n === 1 ? 'INVESTOR' : 'PARK',
      name: { zh: `${marker} 合作方 ${n}`, en: `${marker} partner ${n}` },
    });
    partners.push({ partnerId: p.partner.id, auth: p.auth });
  }
  const [investor, park] = partners as [(typeof partners)[0], (typeof partners)[0]];
  const bid = await must(
    placeBid(world, investor.auth, {
      partnerId: investor.partnerId,
      projectId: p1,
      investment: { amount: '12345678', currency: 'CNY' },
      otherTerms: `${marker} terms`,
    }),
  );
  const parkBid = await must(
    placeBid(world, park.auth, { partnerId: park.partnerId, projectId: p1, otherTerms: `${marker} park` }),
  );
  await must(
    recordIntent(world, investor.auth, { partnerId: investor.partnerId, projectId: p1, note: marker }),
  );
  await must(recordIntent(world, park.auth, { partnerId: park.partnerId, projectId: p2, note: marker }));
  const { deals } = await gql<{ deals: { edges: { node: { id: string } }[] } }>(
    world,
    org,
    `{ deals { edges { node { id } } } }`,
  );
  const { createCeremony } = await gql<{ createCeremony: { id: string } }>(
    world,
    org,
    `mutation($i: CeremonyInput!) { createCeremony(input: $i) { id } }`,
    {
      i: {
        title: { zh: `${marker} 签约`, en: `${marker} signing` },
        mode: 'CLOUD',
        heldAt: '2027-04-20T06:00:00Z',
        timeZone: 'Asia/Shanghai',
      },
    },
  );
  await gql(world, org, `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { id } }`, {
    i: {
      dealId: deals.edges[0]?.node.id,
      kind: 'INVESTMENT',
      parties: [`${marker} capital`, `${marker} lab`],
      ceremonyId: createCeremony.id,
      signedAt: '2027-04-20T06:30:00Z',
      committed: { amount: '150000000', currency: 'CNY' },
    },
  });

  // Roadshow: the other two projects shortlisted, a commentator, live, one critique.
  await db.query(`UPDATE project SET status = 'SHORTLISTED' WHERE id = ANY($1)`, [[p3, p4]]);
  const roadshow = await createRoadshow(world, org, programmeId, {
    title: { zh: `${marker} 路演`, en: `${marker} roadshow` },
  });
  const planned = await addProjects(world, org, roadshow.id, [p3, p4]);
  const commentator = await member(world, org, ['COMMENTATOR'], `${marker} commentator`);
  await gql(
    world,
    org,
    `mutation($id: ID!, $u: [ID!]!) { assignCommentators(id: $id, userIds: $u) { id } }`,
    {
      id: roadshow.id,
      u: [commentator.userId],
    },
  );
  for (const op of ['publishRoadshow', 'startRoadshow'])
    await gql(world, org, `mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: roadshow.id });
  await must(
    api.gql(
      `mutation($s: ID!, $i: CommentaryInput!) { addCommentary(slotId: $s, input: $i) { id } }`,
      {
        s: planned.plan.slots[0]?.id,
        i: {
          entries: [{ dimension: 'ATTEND', rating: 4, note: `${marker} note` }],
          text: `${marker} critique`,
        },
      },
      await commentator.token(),
    ),
  );

  // A channel with a member, an import of a file, a handbook job, a report, a webhook endpoint, an invitation.
  const { createChannel } = await gql<{ createChannel: { id: string } }>(
    world,
    org,
    `mutation($i: ChannelInput!) { createChannel(input: $i) { id } }`,
    { i: { name: { en: `${marker} channel` }, kind: 'UNIVERSITY', country: 'IL' } },
  );
  const channelEmail = `channel-${randomUUID().slice(0, 8)}@example.org`;
  await gql(
    world,
    org,
    `mutation($i: InviteChannelMemberInput!) { inviteChannelMember(input: $i) { email } }`,
    {
      i: { channelId: createChannel.id, email: channelEmail },
    },
  );
  const channel = await acceptInvitation(world, channelEmail, `${marker} channel member`);
  const fileId = await uploadFile(world, org, `${marker}.pdf`);
  const form = new FormData();
  form.append('file', new Blob([`title_en,title_zh\n${marker},${marker}\n`]), `${marker}.csv`);
  const upload = await fetch(`${api.url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${org.accessToken}` },
  });
  const csvId = ((await upload.json()) as { id: string }).id;
  await api.gql(
    `mutation($p: ID!, $f: ID!) { startProjectImport(programmeId: $p, fileId: $f, mode: VALID_ROWS_ONLY) { id } }`,
    { p: programmeId, f: csvId },
    org.accessToken,
  );
  await gql(world, org, `mutation($p: ID!) { generateHandbook(programmeId: $p) { id } }`, { p: programmeId });
  await gql(world, org, `mutation($p: ID!) { generateProgrammeReport(programmeId: $p) { id } }`, {
    p: programmeId,
  });
  const { createWebhookEndpoint } = await gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    world,
    org,
    `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }`,
    { i: { url: 'http://127.0.0.1:9/hook', eventTypes: ['BID_PLACED'], description: `${marker} erp` } },
  );
  await gql(world, org, `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id } }`, {
    e: createWebhookEndpoint.endpoint.id,
  });
  await gql(world, org, `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, {
    i: { email: `pending-${randomUUID().slice(0, 8)}@example.org`, roles: ['ORGANIZER'] },
  });
  // A notification for the applicant (the bids tell them); written by the worker.
  await eventually(
    () => db.query(`SELECT 1 FROM notification WHERE organization_id = $1`, [organizationId]),
    (rows: unknown[]) => rows.length > 0,
    20_000,
  );

  const ids = {} as Record<Kind, string>;
  for (const [kind, table] of Object.entries(KIND_TABLES) as [Kind, string][]) {
    const column = kind === 'user' ? 'user_id' : 'id';
    const where = kind === 'organization' ? 'id = $1' : 'organization_id = $1';
    const [row] = await db.query(
      `SELECT ${column} AS id FROM ${table} WHERE ${where} ORDER BY created_at LIMIT 1`,
      [organizationId],
    );
    if (!row) throw new Error(`tenant ${label} has no ${kind}`);
    ids[kind] = (row as { id: string }).id;
  }
  ids.project = p1;
  ids.programme = programmeId;
  ids.round = created.id;
  ids.roadshow = roadshow.id;
  ids.bid = bid.placeBid.id;
  ids.partner = investor.partnerId;
  ids.reviewerProfile = first.profileId;
  ids.user = org.me.user.id;
  ids.channel = createChannel.id;
  ids.file = fileId;
  ids.slot = planned.plan.slots[0]?.id as string;
  const [reviewed] = await myAssignments(api, first.auth, created.id);
  ids.assignment = reviewed?.id as string;

  const person = (userId: string, role: Role): Person => ({
    userId,
    token: api.token({ userId, organizationId, roles: [role] }),
  });
  return {
    org,
    organizationId,
    marker,
    applicant,
    reviewers,
    partners,
    programmeId,
    projectIds,
    roundId: created.id,
    roadshowId: roadshow.id,
    bidId: bid.placeBid.id,
    parkBidId: parkBid.placeBid.id,
    slotIds: planned.plan.slots.map((x) => x.id),
    ids,
    people: {
      [Role.ORGANIZER]: person(org.me.user.id, Role.ORGANIZER),
      [Role.REVIEWER]: person(first.auth.me.user.id, Role.REVIEWER),
      [Role.APPLICANT]: person(applicant.me.user.id, Role.APPLICANT),
      [Role.CHANNEL]: person(channel.me.user.id, Role.CHANNEL),
      [Role.PARTNER]: person(investor.auth.me.user.id, Role.PARTNER),
      [Role.COMMENTATOR]: person(commentator.userId, Role.COMMENTATOR),
    },
  };
}

/** The tables holding tenant rows (those with an organization_id column). */
export async function tenantTables(world: World): Promise<string[]> {
  const rows: { table_name: string }[] = await world.db.query(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * The dashboard's stored aggregates: the worker's one-minute sweep rewrites them after the tenant's own changes
 * (its seeding), whoever calls meanwhile. A caller refreshing another tenant's dashboard is caught by the answer
 * (`refreshProgrammeInsights` with the other tenant's id must answer like an absent id), not by these rows.
 */
const SWEPT = new Set(['programme_insights', 'programme_insights_section']);

/** A checksum per table of the tenant's rows (and its users' rows), to tell whether anything of it changed. */
export async function tenantChecksums(world: World, organizationId: string): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of (await tenantTables(world)).filter((t) => !SWEPT.has(t))) {
    const [row] = await world.db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum
         FROM ${table} t WHERE organization_id = $1`,
      [organizationId],
    );
    sums[table] = `${(row as { n: number }).n}:${(row as { sum: string }).sum}`;
  }
  const [users] = await world.db.query(
    `SELECT md5(coalesce(string_agg(u::text, '|' ORDER BY u::text), '')) AS sum FROM app_user u
      WHERE u.id IN (SELECT user_id FROM membership WHERE organization_id = $1)`,
    [organizationId],
  );
  const [org] = await world.db.query(`SELECT md5(o::text) AS sum FROM organization o WHERE id = $1`, [
    organizationId,
  ]);
  sums['app_user'] = (users as { sum: string }).sum;
  sums['organization'] = (org as { sum: string }).sum;
  return sums;
}

/** Every id of the tenant's rows, to search answers for. */
export async function tenantIds(world: World, organizationId: string): Promise<Set<string>> {
  const ids = new Set<string>([organizationId]);
  for (const table of await tenantTables(world)) {
    const hasId: unknown[] = await world.db.query(
      `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id' AND data_type = 'uuid'`,
      [table],
    );
    if (!hasId.length) continue;
    const rows: { id: string }[] = await world.db.query(
      `SELECT id FROM ${table} WHERE organization_id = $1`,
      [organizationId],
    );
    for (const r of rows) ids.add(r.id);
  }
  const users: { user_id: string }[] = await world.db.query(
    `SELECT user_id FROM membership WHERE organization_id = $1`,
    [organizationId],
  );
  for (const u of users) ids.add(u.user_id);
  return ids;
}

export const digest = (value: unknown) => createHash('md5').update(JSON.stringify(value)).digest('hex');
