import { AuditLog, Transactions } from '@sixcan/server-core';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import {
  codeOf,
  marketplace,
  must,
  nodes,
  Page,
  placeBid,
  recordIntent,
  startWorld,
  World,
} from '../matching/matching.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

interface Event {
  action: string;
  objectType: string;
  objectId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  summary: Record<string, unknown>;
  createdAt: string;
}
const EVENT = 'action objectType objectId actorUserId actorName summary createdAt';

const history = (token: string, projectId: string, first = 100) =>
  world.api.gql<{ projectHistory: Page<Event> }>(
    `query($p: ID!, $n: Int) { projectHistory(projectId: $p, first: $n) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { ${EVENT} } } } }`,
    { p: projectId, n: first },
    token,
  );

const trail = (token: string, args: Record<string, unknown>) =>
  world.api.gql<{ auditEvents: Page<Event> }>(
    `query($action: String, $objectType: String, $from: DateTime, $to: DateTime, $actor: ID, $kind: AuditActorKind) {
      auditEvents(action: $action, objectType: $objectType, from: $from, to: $to, actorUserId: $actor, actorKind: $kind, first: 200) {
        totalCount edges { node { ${EVENT} } } } }`,
    args,
    token,
  );

async function download(token: string, fileId: string): Promise<string> {
  const res = await fetch(`${world.api.url}/files/${fileId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer()).toString('utf8');
}

describe('audit trail', () => {
  it('gives a project its history from submission to bids, and nothing of other projects', async () => {
    const m = await marketplace(world, { projects: 2, partners: 2 });
    const [projectId, otherProjectId] = m.projectIds as [string, string];
    const [a, b] = m.partners as [(typeof m.partners)[0], (typeof m.partners)[0]];
    await must(recordIntent(world, a.auth, { projectId, partnerId: a.partner.id, level: 'CONSIDERING' }));
    await must(placeBid(world, a.auth, { projectId, partnerId: a.partner.id }));
    await must(placeBid(world, b.auth, { projectId: otherProjectId, partnerId: b.partner.id }));

    const own = (await must(history(m.org.accessToken, projectId))).projectHistory;
    const actions = nodes(own).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['project.submitted', 'project.published', 'intent.recorded']),
    );
    expect(actions).toContain('bid.placed');
    // Newest first, and every event is about this project or an object of it.
    const times = nodes(own).map((e) => Date.parse(e.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(actions.filter((x) => x === 'bid.placed')).toHaveLength(1);
    expect(nodes(own).find((e) => e.action === 'project.submitted')?.actorName).toBeTruthy();
    expect(own.totalCount).toBe(actions.length);

    const paged = (await must(history(m.org.accessToken, projectId, 2))).projectHistory;
    expect(paged.edges).toHaveLength(2);
    expect(paged.pageInfo.hasNextPage).toBe(true);

    // Another organisation sees neither the history nor that the project exists.
    const stranger = await marketplace(world, { projects: 1, partners: 0 });
    const foreign = await history(stranger.org.accessToken, projectId);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(codeOf(await history(stranger.org.accessToken, randomUUID()))).toBe('NOT_FOUND');
    // Partners and applicants have no access to the trail.
    expect(codeOf(await history(a.auth.accessToken, projectId))).toBe('FORBIDDEN');
    expect(codeOf(await history(m.applicant.accessToken, projectId))).toBe('FORBIDDEN');
  });

  it('filters by action family, object, actor and period, and refuses an empty period', async () => {
    const m = await marketplace(world, { projects: 1, partners: 1 });
    const [projectId] = m.projectIds as [string];
    const [a] = m.partners as [(typeof m.partners)[0]];
    await must(placeBid(world, a.auth, { projectId, partnerId: a.partner.id }));
    const bids = (await must(trail(m.org.accessToken, { action: 'bid.' }))).auditEvents;
    expect(nodes(bids).map((e) => e.action)).toEqual(['bid.placed']);
    const byActor = (await must(trail(m.org.accessToken, { actor: a.auth.me.user.id }))).auditEvents;
    expect(nodes(byActor).length).toBeGreaterThan(0);
    expect(nodes(byActor).every((e) => e.actorName === nodes(byActor)[0]?.actorName)).toBe(true);
    const projects = (await must(trail(m.org.accessToken, { objectType: 'Project' }))).auditEvents;
    expect(nodes(projects).every((e) => e.objectType === 'Project')).toBe(true);
    const all = (await must(trail(m.org.accessToken, {}))).auditEvents;
    const past = (await must(trail(m.org.accessToken, { to: '2020-01-01T00:00:00Z' }))).auditEvents;
    expect(past.totalCount).toBe(0);
    const since = (await must(trail(m.org.accessToken, { from: '2020-01-01T00:00:00Z' }))).auditEvents;
    expect(since.totalCount).toBe(all.totalCount);
    const empty = await trail(m.org.accessToken, {
      from: '2026-05-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
    });
    expect(codeOf(empty)).toBe('VALIDATION');
    expect(codeOf(await trail(m.org.accessToken, { action: 'DROP TABLE' }))).toBe('VALIDATION');
  });

  it('filters the events of the system (no actor) from those of users, in the list and the export', async () => {
    const m = await marketplace(world, { projects: 1, partners: 1 });
    const [projectId] = m.projectIds as [string];
    const [a] = m.partners as [(typeof m.partners)[0]];
    await must(placeBid(world, a.auth, { projectId, partnerId: a.partner.id }));
    // What a background job records: no actor (as the bid expiry does), in this organisation and another.
    const stranger = await marketplace(world, { projects: 1, partners: 0 });
    await world.api.app.get(Transactions).run(async (em) => {
      const audit = world.api.app.get(AuditLog);
      for (const organizationId of [m.org.me.organization.id, stranger.org.me.organization.id])
        await audit.record(em, {
          organizationId,
          actorUserId: null,
          action: 'bid.expired',
          objectType: 'Bid',
          objectId: randomUUID(),
          summary: { from: 'SUBMITTED', to: 'EXPIRED' },
        });
    });

    const all = (await must(trail(m.org.accessToken, {}))).auditEvents;
    const system = (await must(trail(m.org.accessToken, { kind: 'SYSTEM' }))).auditEvents;
    const users = (await must(trail(m.org.accessToken, { kind: 'USER' }))).auditEvents;
    expect(nodes(system).map((e) => [e.action, e.actorUserId, e.actorName])).toEqual([
      ['bid.expired', null, null],
    ]);
    expect(nodes(users).length).toBeGreaterThan(0);
    expect(nodes(users).every((e) => e.actorUserId !== null && e.actorName !== null)).toBe(true);
    expect(system.totalCount + users.totalCount).toBe(all.totalCount);
    // Combined with other filters.
    const systemBids = (await must(trail(m.org.accessToken, { kind: 'SYSTEM', action: 'bid.' }))).auditEvents;
    expect(systemBids.totalCount).toBe(1);
    const userBids = (await must(trail(m.org.accessToken, { kind: 'USER', action: 'bid.' }))).auditEvents;
    expect(nodes(userBids).map((e) => e.action)).toEqual(['bid.placed']);
    // The system has no user id: both at once is a mistake, named on the field.
    const both = await trail(m.org.accessToken, { kind: 'SYSTEM', actor: a.auth.me.user.id });
    expect(codeOf(both)).toBe('VALIDATION');
    expect(both.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'actorUserId', message: 'not with actorKind SYSTEM' },
    ]);
    const unknownKind = await world.api.gql(
      `{ auditEvents(actorKind: ROBOT) { totalCount } }`,
      {},
      m.org.accessToken,
    );
    expect(codeOf(unknownKind)).toBe('GRAPHQL_VALIDATION_FAILED');

    // The export takes the same filter: just the system's event, with an empty actor.
    const exported = await must(
      world.api.gql<{ exportAuditEvents: { fileId: string; rows: number } }>(
        `mutation { exportAuditEvents(actorKind: SYSTEM) { fileId rows } }`,
        {},
        m.org.accessToken,
      ),
    );
    expect(exported.exportAuditEvents.rows).toBe(1);
    const [, ...rows] = parse(
      (await download(m.org.accessToken, exported.exportAuditEvents.fileId)).slice(1),
    ) as string[][];
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([['', '', 'bid.expired']]);
    const recorded = (await must(trail(m.org.accessToken, { action: 'audit_events.exported' }))).auditEvents;
    expect(nodes(recorded)[0]?.summary).toMatchObject({ rows: 1, filter: { actorKind: 'SYSTEM' } });
  });

  it('exports the trail and a project history as CSV, and records the export', async () => {
    const m = await marketplace(world, { projects: 1, partners: 1 });
    const [projectId] = m.projectIds as [string];
    const [a] = m.partners as [(typeof m.partners)[0]];
    await must(
      placeBid(world, a.auth, {
        projectId,
        partnerId: a.partner.id,
        otherTerms: 'line one\nline "two", with comma',
      }),
    );
    const before = (await must(history(m.org.accessToken, projectId))).projectHistory;
    const exported = await must(
      world.api.gql<{ exportAuditEvents: { fileId: string; filename: string; rows: number } }>(
        `mutation($p: ID) { exportAuditEvents(projectId: $p) { fileId filename rows } }`,
        { p: projectId },
        m.org.accessToken,
      ),
    );
    const csv = await download(m.org.accessToken, exported.exportAuditEvents.fileId);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(csv.slice(1)) as string[][];
    expect(header).toEqual([
      'time_utc',
      'actor_user_id',
      'actor_name',
      'action',
      'object_type',
      'object_id',
      'summary',
    ]);
    expect(rows).toHaveLength(exported.exportAuditEvents.rows);
    expect(rows.length).toBe(before.totalCount);
    const own = before;
    // Oldest first in the file; the summary column is JSON.
    expect(rows.map((r) => r[3])).toEqual(
      nodes(own)
        .map((e) => e.action)
        .reverse(),
    );
    for (const r of rows) expect(() => JSON.parse(r[6] ?? '')).not.toThrow();

    const recorded = (await must(trail(m.org.accessToken, { action: 'audit_events.exported' }))).auditEvents;
    expect(nodes(recorded)[0]?.summary).toMatchObject({ rows: rows.length });
    // The export is part of the project's history from then on.
    const after = (await must(history(m.org.accessToken, projectId))).projectHistory;
    expect(nodes(after)[0]?.action).toBe('audit_events.exported');
    const whole = await must(
      world.api.gql<{ exportAuditEvents: { rows: number } }>(
        `mutation { exportAuditEvents(action: "bid.") { rows } }`,
        {},
        m.org.accessToken,
      ),
    );
    expect(whole.exportAuditEvents.rows).toBe(1);
    const forbidden = await world.api.gql(`mutation { exportAuditEvents { rows } }`, {}, a.auth.accessToken);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
  });
});
