/**
 * R3 — sealed bids and blind scores: every path to bid terms (`Bid.terms`, its history, the comparison's
 * amounts), review scores (`Review`, `RoundResult`, `ReviewerLeniency`, `ScoreBucket`) and commentary
 * (`Commentary`) is tried by the people who must not reach them before release: the other partner, an
 * applicant (of another project, and the project's own applicant for scores and commentary), the other
 * reviewer, another commentator, a channel member.
 *
 * The paths come from the schema: every root field whose answer reaches one of those types (through any
 * fields, connections included) is called by each of them with the ids of the sealed objects (and their
 * own), selecting every way down to the sealed values. On top, every query root field is called with its
 * plain selection and the answers, the e-mails and the exported files are searched for the sealed values'
 * marker strings. A leak is a sealed object that is not the viewer's own showing its sealed fields, or a
 * marker showing up. Rules (docs/matching.md, docs/screening.md, docs/roadshows.md): a partner sees its own
 * bids; the project's applicant sees the bids on the project (to answer them); a reviewer sees their own
 * reviews; a commentator their own critiques; applicants see released feedback only, never scores.
 */
import { Role } from '@sixcan/domain';
import { GqlResult } from '@sixcan/server-testing';
import {
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { must, signUpApplicant } from '../apps/api/src/intake/intake.fixtures';
import { member } from '../apps/api/src/roadshows/roadshows.fixtures';
import { submitProjects } from '../apps/api/src/screening/screening.fixtures';
import { expectFigures } from './support/figures';
import { accessList, argsOf, documentOf, pool, schema, selectionOf } from './support/schema-calls';
import { Kind, seedTenant, startWorld, Tenant, World } from './support/world';

/** The sealed types and the fields of each that hold the sealed values. */
const SEALED: Record<string, string[]> = {
  Bid: ['terms', 'history'],
  BidRevision: ['terms'],
  BidComparisonRow: ['investment', 'subsidy', 'total', 'impliedValuation'],
  Review: ['scores', 'verdicts', 'recommendation', 'comment'],
  RoundResult: ['rawMean', 'normalised', 'disagreement', 'minReviewerScore', 'perCriterion'],
  ReviewerLeniency: ['meanRaw', 'meanZ'],
  ScoreBucket: ['raw', 'normalised'],
  Commentary: ['entries', 'text'],
};

const reaches = (() => {
  const memo = new Map<string, boolean>();
  const visit = (type: GraphQLNamedType, depth: number): boolean => {
    if (type.name in SEALED) return true;
    if (!isObjectType(type) || depth === 0) return false;
    const key = `${type.name}:${depth}`;
    if (memo.has(key)) return memo.get(key) as boolean;
    memo.set(key, false);
    const result = Object.values(type.getFields()).some(
      (f) => !needsArgs(f) && visit(getNamedType(f.type), depth - 1),
    );
    memo.set(key, result);
    return result;
  };
  return visit;
})();

const needsArgs = (f: GraphQLField<unknown, unknown>) =>
  f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Every way down to the sealed types (with all their fields), with `__typename` and `id` on the way. */
function sealedSelection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter((f) => !needsArgs(f));
  const parts = ['__typename'];
  if (type.name in SEALED) {
    for (const f of fields) {
      const inner = getNamedType(f.type);
      parts.push(isScalarType(inner) || isEnumType(inner) ? f.name : `${f.name} ${selectionOf(f.type, 1)}`);
    }
  } else {
    if (fields.some((f) => f.name === 'id')) parts.push('id');
    for (const f of fields) {
      const inner = getNamedType(f.type);
      if (isObjectType(inner) && reaches(inner, depth - 1))
        parts.push(`${f.name} ${sealedSelection(inner, depth - 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

interface Viewer {
  name: string;
  token: string;
  /** What is the viewer's own: their partner, the projects they applied with, their reviewer profile, their user. */
  partnerIds?: string[];
  projectIds?: string[];
  profileId?: string;
  userId?: string;
}

interface Sighting {
  type: string;
  id?: string;
  assignmentId?: string;
  path: string;
  fields: string[];
}

/** Sealed objects in an answer that show a sealed value; whose they are is decided afterwards. */
function sealedIn(value: unknown, found: Sighting[], path = ''): void {
  if (Array.isArray(value)) return value.forEach((v, i) => sealedIn(v, found, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const type = String(o['__typename'] ?? '');
  if (type in SEALED) {
    const id =
      type === 'BidComparisonRow' ? (o['bid'] as { id?: string } | undefined)?.id : (o['id'] as string);
    const shown = (SEALED[type] ?? []).filter((f) => {
      const v = o[f];
      return v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
    });
    const assignmentId = o['assignmentId'] as string | undefined;
    if (shown.length) found.push({ type, id, assignmentId, path, fields: shown });
    // A bid's history is part of the bid; nothing sealed sits deeper in the others.
    return;
  }
  for (const [k, v] of Object.entries(o)) sealedIn(v, found, `${path}.${k}`);
}

let world: World;
let t: Tenant;
beforeAll(async () => {
  world = await startWorld();
  t = await seedTenant(world, 'SEALED');
}, 120_000);
afterAll(() => world.close());

describe('R3 sealed bids and blind scores', () => {
  it('shows no bid terms, scores or commentary to anyone but their owners and the organizers before release', async () => {
    const { api, db } = world;
    const org = t.org;
    // Another applicant with a project of their own, and a second commentator on the same roadshow.
    const otherApplicant = await signUpApplicant(api, t.organizationId);
    await submitProjects(api, otherApplicant, t.programmeId, [{}]);
    const commentator1 = t.people[Role.COMMENTATOR];
    const commentator2 = await member(world, org, ['COMMENTATOR'], 'Second commentator');
    await must(
      api.gql(
        `mutation($id: ID!, $u: [ID!]!) { assignCommentators(id: $id, userIds: $u) { id } }`,
        { id: t.roadshowId, u: [commentator1.userId, commentator2.userId] },
        org.accessToken,
      ),
    );
    const [reviewer1, reviewer2] = t.reviewers as [Tenant['reviewers'][0], Tenant['reviewers'][0]];
    const [investor, park] = t.partners as [Tenant['partners'][0], Tenant['partners'][0]];
    const viewers: (Viewer & { role: Role })[] = [
      {
        name: 'the other partner',
        role: Role.PARTNER,
        token: park.auth.accessToken,
        partnerIds: [park.partnerId],
      },
      {
        name: 'the bidding partner',
        role: Role.PARTNER,
        token: investor.auth.accessToken,
        partnerIds: [investor.partnerId],
      },
      // The project's applicant answers the bids on it; scores and commentary stay sealed for them.
      {
        name: 'the project’s applicant',
        role: Role.APPLICANT,
        token: t.applicant.accessToken,
        projectIds: t.projectIds,
      },
      { name: 'another applicant', role: Role.APPLICANT, token: otherApplicant.accessToken },
      {
        name: 'the reviewer',
        role: Role.REVIEWER,
        token: reviewer1.auth.accessToken,
        profileId: reviewer1.profileId,
      },
      {
        name: 'the other reviewer',
        role: Role.REVIEWER,
        token: reviewer2.auth.accessToken,
        profileId: reviewer2.profileId,
      },
      {
        name: 'the commentator',
        role: Role.COMMENTATOR,
        token: commentator1.token,
        userId: commentator1.userId,
      },
      {
        name: 'another commentator',
        role: Role.COMMENTATOR,
        token: await commentator2.token(),
        userId: commentator2.userId,
      },
      { name: 'a channel member', role: Role.CHANNEL, token: t.people[Role.CHANNEL].token },
    ];

    // The sealed values' marker strings, and whose they are (the bid amount is written as money).
    const m = t.marker;
    const MARKERS: { text: string; owners: string[] }[] = [
      { text: `${m} terms`, owners: ['the bidding partner', 'the project’s applicant'] },
      // The amount as entered, with separators, and in minor units.
      ...['12345678', '12,345,678', '1234567800'].map((text) => ({
        text,
        owners: ['the bidding partner', 'the project’s applicant'],
      })),
      { text: `${m} park`, owners: ['the other partner', 'the project’s applicant'] },
      { text: `${m} remark`, owners: ['the reviewer'] },
      { text: `${m} draft`, owners: ['the other reviewer'] },
      { text: `${m} critique`, owners: ['the commentator'] },
      { text: `${m} note`, owners: ['the commentator'] },
    ];
    const markerLeaks = (text: string, viewer: string) =>
      MARKERS.filter((k) => !k.owners.includes(viewer) && text.includes(k.text)).map((k) => k.text);

    // Candidate ids per kind: the sealed objects first, then the viewers' own, so both are tried.
    const candidates: Partial<Record<Kind, string[]>> = {
      bid: [t.bidId, t.parkBidId],
      partner: [investor.partnerId, park.partnerId],
      project: t.projectIds,
      assignment: (
        (await db.query(`SELECT id FROM review_assignment WHERE organization_id = $1 ORDER BY id`, [
          t.organizationId,
        ])) as { id: string }[]
      ).map((r) => r.id),
      slot: t.slotIds,
      reviewerProfile: [reviewer1.profileId, reviewer2.profileId],
    };
    const roots = (['Query', 'Mutation'] as const).flatMap((root) =>
      Object.values((schema.getType(root) as GraphQLObjectType).getFields()).map((field) => ({
        root,
        field,
        key: `${root}.${field.name}`,
      })),
    );
    const paths = roots.filter(({ field }) => reaches(getNamedType(field.type), 6));
    // The paths the schema offers today include these; a new one is tried without being listed.
    expect(paths.map((p) => p.key)).toEqual(
      expect.arrayContaining([
        'Query.bid',
        'Query.bids',
        'Query.projectBids',
        'Query.partnerProjectStatus',
        'Query.assignment',
        'Query.myAssignments',
        'Query.roundResults',
        'Query.roundScoreDistribution',
        'Query.reviewerLeniency',
        'Query.commentaries',
        'Mutation.saveReview',
        'Mutation.reviseBid',
      ]),
    );

    let calls = 0;
    let sealedAnswers = 0;
    const leaks: string[] = [];
    const sightings: { viewer: Viewer; label: string; s: Sighting }[] = [];
    const check = (r: GqlResult, viewer: Viewer, label: string) => {
      const found: Sighting[] = [];
      sealedIn(r.data, found);
      for (const s of found) sightings.push({ viewer, label, s });
      const text = JSON.stringify({ data: r.data, errors: r.errors });
      for (const f of markerLeaks(text, viewer.name)) leaks.push(`${label} to ${viewer.name}: ${f}`);
    };
    const call = async (doc: string, args: Record<string, unknown>, viewer: Viewer, label: string) => {
      calls += 1;
      const r = await api.gql(doc, args, viewer.token);
      if (r.data && Object.values(r.data).some((v) => v !== null)) sealedAnswers += 1;
      check(r, viewer, label);
      return r;
    };

    // Reads first (they change nothing), then every query's plain answer, then the writes that answer sealed types.
    const sealedPaths = async (phase: 'Query' | 'Mutation') =>
      await pool(
        paths.filter((p) => p.root === phase),
        3,
        async ({ root, field, key }) => {
          const allowed = accessList[key] ?? '';
          const positions: { position: string; kind: Kind }[] = [];
          argsOf(field, { id: (kind, position) => (positions.push({ position, kind }), t.ids[kind]) });
          const selection = sealedSelection(getNamedType(field.type), 6);
          for (const viewer of viewers) {
            // Roles the field refuses are R2's matter; one call each still checks nothing comes back.
            const variants: Record<string, string>[] = [{}];
            if (allowed === 'PUBLIC' || allowed.split(' ').includes(viewer.role))
              for (const { position, kind } of positions)
                for (const id of candidates[kind] ?? []) variants.push({ [position]: id });
            for (const variant of variants) {
              const args = argsOf(field, {
                id: (kind, position) => variant[position] ?? candidates[kind]?.[0] ?? t.ids[kind],
              });
              await call(
                documentOf(root === 'Query' ? 'query' : 'mutation', field, args, selection),
                args,
                viewer,
                key,
              );
            }
          }
        },
      );

    await sealedPaths('Query');
    // Every query's plain answer, for the marker strings (notifications, timelines, lists, summaries…).
    await pool(
      roots.filter((r) => r.root === 'Query'),
      3,
      async ({ field, key }) => {
        const args = argsOf(field, { id: (kind) => candidates[kind]?.[0] ?? t.ids[kind] });
        for (const viewer of viewers) await call(documentOf('query', field, args), args, viewer, key);
      },
    );

    await sealedPaths('Mutation');

    // E-mails: the sealed values go to nobody but their owners (a bid's e-mail to the applicant carries no terms).
    const mails: { to_address: string; params: unknown; template: string }[] = await db.query(
      `SELECT to_address, params, template FROM mail_message`,
    );
    const mailLeaks = mails.flatMap((mail) =>
      MARKERS.filter((k) => JSON.stringify(mail.params).includes(k.text)).map(
        (k) => `${mail.template} to ${mail.to_address}: ${k.text}`,
      ),
    );

    // The channel member's export of the programme's projects carries no scores or terms.
    const exported = await api.gql<{ exportProjects: { id: string } }>(
      `mutation($p: ID!) { exportProjects(programmeId: $p, format: CSV) { id } }`,
      { p: t.programmeId },
      t.people[Role.CHANNEL].token,
    );
    calls += 1;
    let fileLeaks: string[] = [];
    if (exported.data?.exportProjects) {
      const file = await fetch(`${api.url}/files/${exported.data.exportProjects.id}`, {
        headers: { authorization: `Bearer ${t.people[Role.CHANNEL].token}` },
      });
      const csv = await file.text();
      fileLeaks = [
        ...markerLeaks(csv, 'a channel member'),
        ...(/score|rawMean|bid amount/i.test(csv.split('\n')[0] ?? '') ? ['score column'] : []),
      ];
    }

    // Whose each sealed object is, read after all the writes (a bid or critique a viewer just made is theirs).
    const bids = new Map<string, { partner_id: string; project_id: string }>(
      (
        (await db.query(`SELECT id, partner_id, project_id FROM bid`)) as {
          id: string;
          partner_id: string;
          project_id: string;
        }[]
      ).map((b) => [b.id, b]),
    );
    const reviews = new Map<string, string>(
      (
        (await db.query(`SELECT id, reviewer_profile_id AS p FROM review_assignment`)) as {
          id: string;
          p: string;
        }[]
      ).map((r) => [r.id, r.p]),
    );
    const critiques = new Map<string, string>(
      (
        (await db.query(`SELECT id, author_user_id AS u FROM roadshow_commentary`)) as {
          id: string;
          u: string;
        }[]
      ).map((c) => [c.id, c.u]),
    );
    const owns = (v: Viewer, { type, id, assignmentId }: Sighting): boolean => {
      const bid = id ? bids.get(id) : undefined;
      if (type === 'Bid' || type === 'BidRevision' || type === 'BidComparisonRow')
        return (
          !!bid && (!!v.partnerIds?.includes(bid.partner_id) || !!v.projectIds?.includes(bid.project_id))
        );
      // A review is its assignment's (reviews of a conflicted assignment are discarded, the assignment stays).
      if (type === 'Review')
        return !!assignmentId && !!v.profileId && reviews.get(assignmentId) === v.profileId;
      if (type === 'Commentary') return !!id && !!v.userId && critiques.get(id) === v.userId;
      // Results, leniency and score buckets belong to no viewer: organizers only.
      return false;
    };
    const ownSeen = new Map<string, number>();
    for (const { viewer, label, s } of sightings)
      if (owns(viewer, s)) ownSeen.set(viewer.name, (ownSeen.get(viewer.name) ?? 0) + 1);
      else leaks.push(`${label} to ${viewer.name}: ${s.path} ${s.type} ${s.id ?? ''} ${s.fields.join('/')}`);

    const all = [...leaks, ...mailLeaks, ...fileLeaks];
    console.log(
      `R3: ${calls} calls over ${paths.length} sealed paths and ${roots.length} root fields by ${viewers.length} viewers; ` +
        `${sealedAnswers} answered with data; ${mails.length} e-mails searched; leaks ${all.length}`,
      all.slice(0, 30).join('\n'),
    );
    // The organizer does reach the sealed values on the same paths (the selection reaches them at all).
    const seen: Sighting[] = [];
    for (const [doc, args] of [
      [
        `query($id: ID!) { bid(id: $id) ${sealedSelection(schema.getType('Bid') as GraphQLNamedType, 6)} }`,
        { id: t.bidId },
      ],
      [
        `query($r: ID!) { roundResults(roundId: $r) { edges { node ${sealedSelection(schema.getType('RoundResult') as GraphQLNamedType, 6)} } } }`,
        { r: t.roundId },
      ],
      [
        `query($r: ID) { commentaries(roadshowId: $r) ${sealedSelection(schema.getType('Commentary') as GraphQLNamedType, 6)} }`,
        { r: t.roadshowId },
      ],
    ] as const)
      sealedIn((await api.gql(doc, args, org.accessToken)).data, seen);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    // …and so do the owners: each bidder its bid, the applicant the bids on the project, each reviewer and
    // the commentator their own work.
    const owners = [
      'the bidding partner',
      'the other partner',
      'the project’s applicant',
      'the reviewer',
      'the other reviewer',
      'the commentator',
    ];
    expect(owners.filter((name) => !ownSeen.get(name))).toEqual([]);
    expect(sealedAnswers).toBeGreaterThan(50);

    expectFigures([
      {
        id: 'R3',
        name: 'calls on paths to sealed bids, scores and commentary',
        value: calls,
        op: '>=',
        target: 500,
      },
      {
        id: 'R3',
        name: 'leaks of bid terms, scores or commentary before release',
        value: all.length,
        op: '==',
        target: 0,
        detail: all.slice(0, 3).join(' | '),
      },
    ]);
  }, 240_000);
});
