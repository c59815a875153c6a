/**
 * R2 — authorization matrix: every root field × every role × own/other tenant.
 *
 * Two organisations (A, the caller's; B, the other) are seeded with a real object of every kind. Every
 * Query and Mutation of the committed schema is called by a token of each role in A (and anonymously):
 * - roles outside the field's rule in apps/api/access-list.json must get FORBIDDEN (anonymous:
 *   UNAUTHENTICATED) and no data;
 * - for each id the field takes (arguments and input fields), the call with B's object id must answer
 *   exactly as the call with an absent id (status, code, message, extensions, shape of the data);
 * - no answer may contain an id of B's rows or B's marker string (B's titles, names and notes carry it);
 * - afterwards B's rows are unchanged (a checksum per table) and no row of A refers to a row of B;
 * - B's files (GET /files/:id, outside GraphQL) answer every role as an absent id does.
 *
 * PUBLIC fields: `openCalls`, `openCall` and `publicRoadshow` show every organisation's open calls and
 * published roadshows to anyone by design (the public /call page). For PUBLIC fields the yardstick is the
 * anonymous caller: a signed-in role may not see more of B than an anonymous visitor sees for the same
 * call (ids and markers in the anonymous answer are public), and its answer must equal the anonymous one.
 * `joinAsApplicant` and `signUpApplicant` are the designed way into another organisation's open call:
 * they are not sent B's id in the matrix (that write is intended); a separate check makes sure they give
 * nothing but the APPLICANT role there. Subscriptions run over WebSocket and are left out here.
 */
import { ALL_ROLES, Role } from '@sixcan/domain';
import { GqlResult } from '@sixcan/server-testing';
import { GraphQLObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { expectFigures } from './support/figures';
import { accessList, argsOf, documentOf, pool, schema } from './support/schema-calls';
import {
  Kind,
  seedTenant,
  startWorld,
  Tenant,
  tenantChecksums,
  tenantIds,
  tenantTables,
  World,
} from './support/world';

/** Fields whose call with another organisation's id is an intended write there (see the header). */
const JOINS = new Set(['Mutation.joinAsApplicant', 'Mutation.signUpApplicant']);

/** The shape of an answer: keys, types and list lengths, not the values. */
function shapeOf(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v)]),
    );
  return typeof value;
}

const replaceAll = (text: string, ids: string[]) => ids.reduce((t, id) => t.split(id).join('<id>'), text);

function normalOf(r: GqlResult, sent: string[]) {
  return {
    status: r.status,
    errors: (r.errors ?? []).map((e) => replaceAll(JSON.stringify({ ...e, locations: undefined }), sent)),
    data: shapeOf(r.data),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** B's ids and marker strings in the answer, leaving out the ids the call itself sent and those the public sees. */
function foreignIn(r: GqlResult, other: Tenant, otherIds: Set<string>, sent: string[], allowed: Set<string>) {
  const text = JSON.stringify({ data: r.data, errors: r.errors });
  const found = new Set<string>();
  for (const id of text.match(UUID) ?? [])
    if (otherIds.has(id.toLowerCase()) && !sent.includes(id) && !allowed.has(id)) found.add(id);
  if (text.includes(other.marker) && !allowed.has(other.marker)) found.add(other.marker);
  return [...found];
}

const FIELD_ERRORS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
const refused = (r: GqlResult, field: string) =>
  FIELD_ERRORS.has(String(r.errors?.[0]?.extensions?.code)) &&
  (r.data === null || r.data === undefined || (r.data as Record<string, unknown>)[field] == null);

let world: World;
let own: Tenant;
let other: Tenant;
beforeAll(async () => {
  world = await startWorld();
  [own, other] = await Promise.all([seedTenant(world, 'OWN'), seedTenant(world, 'OTHER')]);
}, 120_000);
afterAll(() => world.close());

describe('R2 authorization matrix', () => {
  it('gives no role anything of another organisation, and answers its ids as if they did not exist', async () => {
    const fields = (['Query', 'Mutation'] as const).flatMap((root) =>
      Object.values((schema.getType(root) as GraphQLObjectType).getFields()).map((field) => ({
        root,
        field,
        key: `${root}.${field.name}`,
      })),
    );
    // Every root field has a declared rule, and the matrix covers every rule of the access list.
    const rules = Object.keys(accessList).filter((k) => !k.startsWith('Subscription.'));
    expect(fields.map((f) => f.key).sort()).toEqual(rules.sort());

    const otherIds = await tenantIds(world, other.organizationId);
    const before = await tenantChecksums(world, other.organizationId);
    // logIn is tried with the caller's real credentials, so the organisation it names is what decides.
    const credentials = { email: own.org.me.user.email, password: 'organizer password' };
    let calls = 0;
    const codes: Record<string, number> = {};
    const leaks: string[] = [];
    const mismatches: string[] = [];
    const violations: string[] = [];
    const ownAnswered: string[] = [];
    const ownReads: string[] = [];
    const publicViews: Record<string, GqlResult> = {};

    const call = async (doc: string, variables: Record<string, unknown>, token?: string) => {
      calls += 1;
      const r = await world.api.gql(doc, variables, token);
      const code = String(r.errors?.[0]?.extensions?.code ?? (r.status === 200 ? 'OK' : r.status));
      codes[code] = (codes[code] ?? 0) + 1;
      return r;
    };

    await pool(fields, 3, async ({ root, field, key }) => {
      const rule = accessList[key] ?? '';
      const isPublic = rule === 'PUBLIC';
      const allowed = new Set(isPublic ? ALL_ROLES : rule.split(' '));
      const op = root === 'Query' ? 'query' : 'mutation';
      // The id positions of this field, found by building its arguments once.
      const positions: { position: string; kind: Kind }[] = [];
      argsOf(field, { id: (kind, position) => (positions.push({ position, kind }), own.ids[kind]) });
      const build = (variant?: { position: string; id: string }) => {
        const sent: string[] = [];
        const args = argsOf(field, {
          id: (kind, position) => {
            const id = variant?.position === position ? variant.id : own.ids[kind];
            sent.push(id);
            return id;
          },
        });
        if (key === 'Mutation.logIn') Object.assign(args['input'] as object, credentials);
        return { doc: documentOf(op, field, args), args, sent };
      };

      // Anonymous callers: refused unless the field is public; their answers are the public view.
      const base = build();
      const anonymous = await call(base.doc, base.args);
      if (
        !isPublic &&
        !(refused(anonymous, field.name) && anonymous.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')
      )
        violations.push(`${key} anonymous: ${JSON.stringify(anonymous).slice(0, 200)}`);

      for (const role of ALL_ROLES) {
        const token = own.people[role].token;
        if (!allowed.has(role)) {
          const r = await call(base.doc, base.args, token);
          if (!refused(r, field.name) || r.errors?.[0]?.extensions?.code !== 'FORBIDDEN')
            violations.push(`${key} as ${role}: ${JSON.stringify(r).slice(0, 200)}`);
          continue;
        }
        // Reads with the caller's own objects: the field works at all (the matrix is not vacuous).
        if (root === 'Query') {
          const r = await call(base.doc, base.args, token);
          ownReads.push(key);
          if (r.data && !r.errors) ownAnswered.push(`${key} ${role}`);
          const found = foreignIn(r, other, otherIds, base.sent, publicOf(isPublic ? anonymous : undefined));
          if (found.length) leaks.push(`${key} as ${role} (own ids): ${found.join(', ')}`);
        } else if (!positions.length) {
          // A write that takes no ids acts on the caller's organisation only.
          const r = await call(base.doc, base.args, token);
          const found = foreignIn(r, other, otherIds, base.sent, publicOf(isPublic ? anonymous : undefined));
          if (found.length) leaks.push(`${key} as ${role}: ${found.join(', ')}`);
        }
        for (const { position, kind } of positions) {
          if (JOINS.has(key) && kind === 'organization') continue;
          const foreign = build({ position, id: other.ids[kind] });
          const f = await call(foreign.doc, foreign.args, token);
          if (isPublic) {
            // Public data of B is no secret: a signed-in role sees what an anonymous visitor sees.
            const anon = (publicViews[`${key} ${position}`] ??= await call(foreign.doc, foreign.args));
            if (JSON.stringify(normalOf(f, foreign.sent)) !== JSON.stringify(normalOf(anon, foreign.sent)))
              mismatches.push(`${key} ${position} as ${role}: differs from the anonymous answer`);
            const found = foreignIn(f, other, otherIds, foreign.sent, publicOf(anon));
            if (found.length) leaks.push(`${key} ${position} as ${role}: ${found.join(', ')}`);
            continue;
          }
          const absent = build({ position, id: randomUUID() });
          const a = await call(absent.doc, absent.args, token);
          const [nf, na] = [normalOf(f, foreign.sent), normalOf(a, absent.sent)];
          if (JSON.stringify(nf) !== JSON.stringify(na))
            mismatches.push(
              `${key} ${position} as ${role}: other ${JSON.stringify(nf).slice(0, 300)} / absent ${JSON.stringify(na).slice(0, 300)}`,
            );
          const found = foreignIn(f, other, otherIds, foreign.sent, new Set());
          if (found.length) leaks.push(`${key} ${position} as ${role}: ${found.join(', ')}`);
        }
      }
      // Public fields: what is not public of B (anonymously refused) is answered as an absent id is.
      if (isPublic)
        for (const { position, kind } of positions) {
          const anon = publicViews[`${key} ${position}`];
          if (!anon?.errors) continue;
          const foreign = build({ position, id: other.ids[kind] });
          const absent = build({ position, id: randomUUID() });
          const a = await call(absent.doc, absent.args);
          if (JSON.stringify(normalOf(anon, foreign.sent)) !== JSON.stringify(normalOf(a, absent.sent)))
            mismatches.push(`${key} ${position} anonymous: other vs absent differ`);
        }
    });

    // B's rows are as they were, and nothing of A refers to B's rows.
    const after = await tenantChecksums(world, other.organizationId);
    const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
    const references: string[] = [];
    // The audit trail records the filters callers typed (ids included): an echo of the request, not a link.
    for (const table of (await tenantTables(world)).filter((t) => t !== 'audit_event')) {
      const rows: { t: string }[] = await world.db.query(
        `SELECT t::text AS t FROM ${table} t WHERE organization_id = $1`,
        [own.organizationId],
      );
      for (const { t } of rows)
        for (const id of t.match(UUID) ?? [])
          if (otherIds.has(id.toLowerCase()) && id !== other.organizationId)
            references.push(`${table}: ${id}`);
    }

    // Files are read outside GraphQL (GET /files/:id): each of B's files answers every role of A (and an
    // anonymous caller) exactly as an absent id does.
    const files: { id: string }[] = await world.db.query(
      `SELECT id FROM stored_file WHERE organization_id = $1`,
      [other.organizationId],
    );
    const download = async (id: string, token?: string) => {
      calls += 1;
      const r = await fetch(`${world.api.url}/files/${id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: r.status, body: (await r.text()).split(id).join('<id>') };
    };
    for (const token of [undefined, ...ALL_ROLES.map((role) => own.people[role].token)])
      for (const { id } of files) {
        const [f, a] = [await download(id, token), await download(randomUUID(), token)];
        if (JSON.stringify(f) !== JSON.stringify(a))
          mismatches.push(
            `GET /files/${id}: ${JSON.stringify(f).slice(0, 200)} / absent ${JSON.stringify(a).slice(0, 200)}`,
          );
        if (f.status < 400) leaks.push(`GET /files/${id} answered ${f.status}`);
      }
    expect(files.length).toBeGreaterThanOrEqual(2);

    // The designed door into another organisation gives the APPLICANT role there and nothing else.
    const joined = await call(
      `mutation($o: ID!) { joinAsApplicant(organizationId: $o) { me { roles organization { id } } } }`,
      { o: other.organizationId },
      own.people[Role.REVIEWER].token,
    );
    expect(joined.data).toEqual({
      joinAsApplicant: { me: { roles: ['APPLICANT'], organization: { id: other.organizationId } } },
    });
    const [membership] = await world.db.query(
      `SELECT roles FROM membership WHERE user_id = $1 AND organization_id = $2`,
      [own.people[Role.REVIEWER].userId, other.organizationId],
    );
    expect(membership).toEqual({ roles: ['APPLICANT'] });

    const detail = (list: string[]) => list.slice(0, 3).join(' | ');
    console.log(
      `R2: ${calls} calls over ${fields.length} fields; reads answered with own ids: ${ownAnswered.length} of ${ownReads.length}; ` +
        `answers by code ${JSON.stringify(codes)}; leaks ${leaks.length}, mismatches ${mismatches.length}, ` +
        `violations ${violations.length}, changed ${changed.length}, references ${references.length}`,
      [...leaks, ...mismatches, ...violations, ...changed, ...references].slice(0, 40).join('\n'),
    );
    expect(new Set(ownAnswered.map((k) => k.split(' ')[0])).size).toBeGreaterThan(40);
    expectFigures([
      {
        id: 'R2',
        name: 'calls made (fields × roles × own/other/absent ids)',
        value: calls,
        op: '>=',
        target: 1500,
      },
      {
        id: 'R2',
        name: 'cross-tenant reads',
        value: leaks.length,
        op: '==',
        target: 0,
        detail: detail(leaks),
      },
      {
        id: 'R2',
        name: 'cross-tenant writes (tables of the other tenant changed + rows referring to it)',
        value: changed.length + references.length,
        op: '==',
        target: 0,
        detail: detail([...changed, ...references]),
      },
      {
        id: 'R2',
        name: 'not-found mismatches (other tenant’s id vs absent id)',
        value: mismatches.length,
        op: '==',
        target: 0,
        detail: detail(mismatches),
      },
      {
        id: 'R2',
        name: 'role violations',
        value: violations.length,
        op: '==',
        target: 0,
        detail: detail(violations),
      },
    ]);
  }, 240_000);
});

/** The ids and markers in a public answer: what anyone may see. */
function publicOf(r: GqlResult | undefined): Set<string> {
  if (!r) return new Set();
  const text = JSON.stringify(r.data ?? null);
  const out = new Set<string>(text.match(UUID) ?? []);
  for (const m of text.match(/[A-Z]+-SECRET-[0-9a-f]{8}/g) ?? []) out.add(m);
  return out;
}
