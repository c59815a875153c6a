import { convertMinor, formatMoney, PARTNER_KINDS } from '@sixcan/domain';
import { LiveEvents, ProgrammeActivity, programmeActivityTopic } from '@sixcan/server-core';
import { SweepInsightsProcessor } from '@sixcan/server-insights';
import { ApiHarness, eventually } from '@sixcan/server-testing';
import { Client, createClient } from 'graphql-ws';
import IORedis from 'ioredis';
import { DateTime } from 'luxon';
import WebSocket from 'ws';
import {
  Auth,
  COUNTERS,
  Counters,
  figuresOf,
  INSIGHTS,
  Insights,
  must,
  partnerAccount,
  recordIntent,
  seedReferenceProgramme,
  signUpOrganizer,
  startWorld,
  World,
} from './dashboard.fixtures';

let world: World;
let org: Auth;
let programmeId: string;
const redis = new IORedis(process.env['REDIS_URL'] as string);

beforeAll(async () => {
  world = await startWorld();
  org = await signUpOrganizer(world.api);
  programmeId = await seedReferenceProgramme(world, org.me.organization.id);
}, 120_000);
afterAll(async () => {
  redis.disconnect();
  await world.close();
});

const QUERY = `query($p: ID!, $fresh: Boolean) { programmeInsights(programmeId: $p, fresh: $fresh) { ${INSIGHTS} } }`;
const insights = async (fresh = false, token = org.accessToken) =>
  (await must(world.api.gql<{ programmeInsights: Insights }>(QUERY, { p: programmeId, fresh }, token)))
    .programmeInsights;
const refresh = async () =>
  (
    await must(
      world.api.gql<{ refreshProgrammeInsights: Insights }>(
        `mutation($p: ID!) { refreshProgrammeInsights(programmeId: $p) { ${INSIGHTS} } }`,
        { p: programmeId },
        org.accessToken,
      ),
    )
  ).refreshProgrammeInsights;

/** Project ids a plain query answers (each fact its own straightforward join). */
async function idsOf(sql: string): Promise<Set<string>> {
  const rows: { project_id: string }[] = await world.db.query(sql, [programmeId]);
  return new Set(rows.map((r) => r.project_id));
}

/** The dashboard's figures counted independently from the seeded rows, in JavaScript. */
async function expected() {
  const db = world.db;
  const projects: {
    id: string;
    country: string | null;
    sector_code: string | null;
    channel_id: string | null;
    submitted_at: Date | null;
    status: string;
  }[] = await db.query(
    `SELECT id, country, sector_code, channel_id, submitted_at, status FROM project WHERE programme_id = $1`,
    [programmeId],
  );
  const advanced = await idsOf(
    `SELECT rp.project_id FROM screening_round_project rp JOIN screening_round r ON r.id = rp.round_id
      WHERE r.programme_id = $1 AND rp.decision = 'ADVANCE'`,
  );
  const onRoadshow = await idsOf(
    `SELECT rp.project_id FROM roadshow_project rp JOIN roadshow_event e ON e.id = rp.roadshow_id WHERE e.programme_id = $1`,
  );
  const published = await idsOf(
    `SELECT pp.project_id FROM published_project pp JOIN project p ON p.id = pp.project_id WHERE p.programme_id = $1`,
  );
  const withIntents = await idsOf(
    `SELECT i.project_id FROM match_intent i JOIN project p ON p.id = i.project_id WHERE p.programme_id = $1`,
  );
  const withBids = await idsOf(
    `SELECT b.project_id FROM bid b JOIN project p ON p.id = b.project_id WHERE p.programme_id = $1`,
  );
  const signed = await idsOf(
    `SELECT a.project_id FROM agreement a JOIN project p ON p.id = a.project_id WHERE p.programme_id = $1`,
  );
  const landed = await idsOf(
    `SELECT a.project_id FROM agreement a JOIN project p ON p.id = a.project_id
      WHERE p.programme_id = $1 AND a.realised_at IS NOT NULL`,
  );
  const rounds: { id: string; ordinal: number }[] = await db.query(
    `SELECT id, ordinal FROM screening_round WHERE programme_id = $1 ORDER BY ordinal`,
    [programmeId],
  );
  const decisions: { round_id: string; project_id: string }[] = await db.query(
    `SELECT rp.round_id, rp.project_id FROM screening_round_project rp JOIN screening_round r ON r.id = rp.round_id
      WHERE r.programme_id = $1 AND rp.decision = 'ADVANCE'`,
    [programmeId],
  );
  const inHandbook = projects.filter(
    (p) =>
      ['SHORTLISTED', 'IN_ROADSHOW'].includes(p.status) ||
      (published.has(p.id) && !['WITHDRAWN', 'REJECTED', 'DRAFT'].includes(p.status)),
  );
  const count = (set: Set<string>) => projects.filter((p) => set.has(p.id)).length;
  const funnel = [
    { key: 'COLLECTED', count: projects.length },
    { key: 'SUBMITTED', count: projects.filter((p) => p.submitted_at).length },
    ...rounds.map((r) => ({
      key: 'PASSED_ROUND',
      roundId: r.id,
      roundOrdinal: r.ordinal,
      count: decisions.filter((d) => d.round_id === r.id).length,
    })),
    { key: 'HANDBOOK', count: inHandbook.length },
    { key: 'ROADSHOW', count: count(onRoadshow) },
    { key: 'WITH_INTENTS', count: count(withIntents) },
    { key: 'WITH_BIDS', count: count(withBids) },
    { key: 'SIGNED', count: count(signed) },
    { key: 'LANDED', count: count(landed) },
  ];
  const bucketsBy = (keyOf: (p: (typeof projects)[0]) => string | null) => {
    const map = new Map<string, typeof projects>();
    for (const p of projects) {
      const key = keyOf(p);
      if (key !== null) map.set(key, [...(map.get(key) ?? []), p]);
    }
    return new Map(
      [...map].map(([key, list]) => [
        key,
        {
          projects: list.length,
          submitted: list.filter((p) => p.submitted_at).length,
          advanced: list.filter((p) => advanced.has(p.id)).length,
          withIntents: list.filter((p) => withIntents.has(p.id)).length,
          signed: list.filter((p) => signed.has(p.id)).length,
        },
      ]),
    );
  };
  return {
    projects,
    funnel,
    byCountry: bucketsBy((p) => p.country ?? 'UNKNOWN'),
    bySector: bucketsBy((p) => p.sector_code ?? 'UNKNOWN'),
    byChannel: bucketsBy((p) => p.channel_id),
  };
}

describe('the programme dashboard over the demo programme', () => {
  it('answers live figures before the first refresh, then the aggregates the job stored, equal to counts made independently', async () => {
    // The one-minute sweep may have stored aggregates already while the seed ran: start from none.
    await world.db.query(
      `WITH gone AS (DELETE FROM programme_insights WHERE programme_id = $1 RETURNING id)
       DELETE FROM programme_insights_section WHERE aggregate_id IN (SELECT id FROM gone)`,
      [programmeId],
    );
    const first = await insights();
    expect(first).toMatchObject({ source: 'LIVE', stale: false, currency: 'CNY' });
    // The first read queued a refresh: the worker stores the aggregates (watched in the table, not by reading
    // the dashboard, which computes live figures each time until then; the queue may be busy with the sweep's
    // refreshes of other test files' programmes).
    await eventually(
      () => world.db.query(`SELECT 1 FROM programme_insights WHERE programme_id = $1`, [programmeId]),
      (rows: unknown[]) => rows.length > 0,
      60_000,
    );
    const stored = await insights();
    expect(stored.source).toBe('AGGREGATE');
    expect(stored.stale).toBe(false);
    expect(figuresOf(stored)).toEqual(figuresOf(first));

    const want = await expected();
    expect(
      stored.funnel.map(({ key, count, roundId, roundOrdinal }) => ({ key, count, roundId, roundOrdinal })),
    ).toEqual(want.funnel.map((s) => ({ roundId: null, roundOrdinal: null, ...s })));
    // The demo: 2,400 collected, round 1 advanced 300, 100 published for the handbook, 12 on the roadshow.
    expect(stored.funnel.map((s) => s.count).slice(0, 3)).toEqual([2400, want.funnel[1]?.count, 300]);
    expect(stored.funnel.find((s) => s.key === 'HANDBOOK')).toMatchObject({ count: 100, asOf: null });
    expect(stored.funnel.find((s) => s.key === 'ROADSHOW')?.count).toBe(12);
    expect(stored.funnel.find((s) => s.key === 'SIGNED')?.count).toBe(17);

    const bucketMap = (list: Insights['byCountry']) =>
      new Map(list.map(({ key, label: _l, ...figures }) => [key, figures]));
    expect(bucketMap(stored.byCountry)).toEqual(want.byCountry);
    expect(stored.byCountry.length).toBeGreaterThanOrEqual(30);
    expect(bucketMap(stored.bySector)).toEqual(want.bySector);
    expect(stored.bySector.every((b) => b.key === 'UNKNOWN' || (b.label?.zh && b.label.en))).toBe(true);
    expect(
      new Map(
        stored.byChannel.map((c) => [
          c.channelId,
          {
            projects: c.nominated,
            submitted: c.submitted,
            advanced: c.advanced,
            signed: c.signed,
            withIntents: want.byChannel.get(c.channelId)?.withIntents,
          },
        ]),
      ),
    ).toEqual(want.byChannel);
    expect(stored.byChannel).toHaveLength(40);
    for (const c of stored.byChannel) expect(c.yield).toBeCloseTo(c.advanced / c.nominated, 10);
  }, 90_000);

  it('breaks engagement down by partner kind, reviewer progress by round, investment in the reporting currency and weekly trends', async () => {
    const live = await insights(true);
    const db = world.db;
    const byKind =
      <R extends { kind: string }>(rows: R[]) =>
      (kind: string) =>
        rows.filter((r) => r.kind === kind);
    const intents: { kind: string; partner_id: string; created_at: Date }[] = await db.query(
      `SELECT pa.kind, i.partner_id, i.created_at FROM match_intent i
         JOIN project p ON p.id = i.project_id JOIN partner pa ON pa.id = i.partner_id WHERE p.programme_id = $1`,
      [programmeId],
    );
    const bids: { kind: string; partner_id: string; created_at: Date }[] = await db.query(
      `SELECT pa.kind, b.partner_id, b.created_at FROM bid b
         JOIN project p ON p.id = b.project_id JOIN partner pa ON pa.id = b.partner_id WHERE p.programme_id = $1`,
      [programmeId],
    );
    const agreements: {
      kind: string;
      currency: string;
      committed_minor: string;
      realised_minor: string;
      realised_at: Date | null;
    }[] = await db.query(
      `SELECT pa.kind, a.currency, a.committed_minor, a.realised_minor, a.realised_at FROM agreement a
         JOIN project p ON p.id = a.project_id JOIN partner pa ON pa.id = a.partner_id WHERE p.programme_id = $1`,
      [programmeId],
    );
    const yuan = (rows: typeof agreements) =>
      formatMoney(
        rows.reduce((n, a) => n + BigInt(a.committed_minor), 0n),
        'CNY',
      );
    expect(live.byPartnerKind.map((k) => k.kind)).toEqual([...PARTNER_KINDS]);
    for (const kind of PARTNER_KINDS) {
      const row = live.byPartnerKind.find((k) => k.kind === kind);
      const own = [...byKind(intents)(kind), ...byKind(bids)(kind)];
      expect(row).toEqual({
        kind,
        partners: new Set(own.map((r) => r.partner_id)).size,
        intents: byKind(intents)(kind).length,
        bids: byKind(bids)(kind).length,
        signed: byKind(agreements)(kind).length,
        committed: { amount: yuan(byKind(agreements)(kind)), currency: 'CNY' },
      });
    }
    expect(live.investment).toEqual({
      currency: 'CNY',
      committed: { amount: '2400000000.00', currency: 'CNY' },
      realised: {
        amount: formatMoney(
          agreements.reduce((n, a) => n + BigInt(a.realised_minor), 0n),
          'CNY',
        ),
        currency: 'CNY',
      },
      agreements: 17,
      landed: agreements.filter((a) => a.realised_at).length,
      missingRates: [],
    });

    const assignments: { round_id: string; reviewer: string; done: boolean }[] = await db.query(
      `SELECT a.round_id, a.reviewer_profile_id AS reviewer, (v.status = 'SUBMITTED') IS TRUE AS done
         FROM review_assignment a JOIN screening_round r ON r.id = a.round_id
         LEFT JOIN review v ON v.assignment_id = a.id
        WHERE r.programme_id = $1 AND a.conflict_id IS NULL`,
      [programmeId],
    );
    expect(live.reviewerProgress.map((r) => [r.roundOrdinal, r.status])).toEqual([
      [1, 'DECIDED'],
      [2, 'OPEN'],
    ]);
    for (const round of live.reviewerProgress) {
      const own = assignments.filter((a) => a.round_id === round.roundId);
      const reviewers = new Set(own.map((a) => a.reviewer));
      const done = [...reviewers].filter((r) => own.filter((a) => a.reviewer === r).every((a) => a.done));
      expect(round).toMatchObject({
        assignments: own.length,
        submitted: own.filter((a) => a.done).length,
        reviewers: reviewers.size,
        reviewersDone: done.length,
      });
    }
    expect(live.reviewerProgress[1]?.submitted).toBe(414);

    // Weeks are Monday 00:00 in the programme's zone; each week holds what happened in it.
    const zone = 'Asia/Shanghai';
    const weekOf = (d: Date) => DateTime.fromJSDate(d, { zone }).startOf('week').toJSDate().toISOString();
    const points = new Map(live.trends.map((t) => [new Date(t.period).toISOString(), t]));
    const tally = (dates: (Date | null)[]) => {
      const map = new Map<string, number>();
      for (const d of dates) if (d) map.set(weekOf(d), (map.get(weekOf(d)) ?? 0) + 1);
      return map;
    };
    const want = await expected();
    for (const [week, n] of tally(want.projects.map((p) => p.submitted_at)))
      expect([week, points.get(week)?.submitted]).toEqual([week, n]);
    for (const [week, n] of tally(intents.map((i) => i.created_at)))
      expect([week, points.get(week)?.intents]).toEqual([week, n]);
    for (const [week, n] of tally(bids.map((b) => b.created_at))) expect(points.get(week)?.bids).toBe(n);
    const sum = (f: (t: Insights['trends'][0]) => number) => live.trends.reduce((n, t) => n + f(t), 0);
    expect([sum((t) => t.intents), sum((t) => t.bids), sum((t) => t.signed)]).toEqual([
      intents.length,
      bids.length,
      17,
    ]);
    const periods = live.trends.map((t) => DateTime.fromISO(t.period, { zone }));
    expect(periods.every((p) => p.weekday === 1 && p.hour === 0 && p.minute === 0)).toBe(true);
    expect(periods.map((p) => p.toMillis())).toEqual(
      [...periods.map((p) => p.toMillis())].sort((a, b) => a - b),
    );
  });

  it('is stale after a change until a refresh, which converts into the new reporting currency; LIVE equals AGGREGATE', async () => {
    expect((await refresh()).stale).toBe(false);
    expect((await insights()).stale).toBe(false);
    // A change the audit trail records: the reporting currency becomes US dollars.
    await must(
      world.api.gql(
        `mutation($id: ID!, $i: ProgrammeInput!) { updateProgramme(id: $id, input: $i) { id } }`,
        { id: programmeId, i: { currency: 'USD' } },
        org.accessToken,
      ),
    );
    const behind = await insights();
    expect(behind).toMatchObject({ source: 'AGGREGATE', stale: true, currency: 'CNY' });

    // The sweep queues a refresh for programmes behind their changes; the worker runs it.
    await world.worker.get(SweepInsightsProcessor).handle();
    const fresh = await eventually(insights, (i) => !i.stale, 60_000);
    expect(fresh).toMatchObject({ source: 'AGGREGATE', currency: 'USD' });
    const rate = { base: 'CNY', rates: { USD: '0.1378', EUR: '0.1291', JPY: '21.05', GBP: '0.1089' } };
    const usd = convertMinor(240_000_000_000n, 'CNY', 'USD', rate);
    expect(usd.ok && formatMoney(usd.amountMinor, 'USD')).toBe('330720000.00');
    expect(fresh.investment).toMatchObject({
      currency: 'USD',
      committed: { amount: '330720000.00', currency: 'USD' },
    });

    const live = await insights(true);
    expect(live).toMatchObject({ source: 'LIVE', stale: false });
    expect(figuresOf(live)).toEqual(figuresOf(fresh));
  });

  it('counts the latest successful handbook when there is one', async () => {
    await world.db.query(
      `INSERT INTO handbook_job (organization_id, programme_id, created_by_user_id, options, status, total, processed,
                                 progress, finished_at)
       VALUES ($1, $2, $3, '{"languages":"ZH_EN","includeContacts":false,"sectorCodes":null,"title":null}',
               'SUCCEEDED', 87, 87, 100, '2026-03-02T08:00:00Z'),
              ($1, $2, $3, '{"languages":"ZH","includeContacts":false,"sectorCodes":null,"title":null}',
               'FAILED', 0, 0, 0, '2026-03-03T08:00:00Z')`,
      [org.me.organization.id, programmeId, org.me.user.id],
    );
    const after = await refresh();
    expect(after.funnel.find((s) => s.key === 'HANDBOOK')).toMatchObject({
      count: 87,
      asOf: '2026-03-02T08:00:00.000Z',
    });
  });

  it('answers NOT_FOUND to another organisation and FORBIDDEN to members who are not organizers', async () => {
    const stranger = await signUpOrganizer(world.api);
    const partnerToken = world.api.token({
      organizationId: org.me.organization.id,
      roles: ['PARTNER'] as never,
    });
    const reviewerToken = world.api.token({
      organizationId: org.me.organization.id,
      roles: ['REVIEWER'] as never,
    });
    const documents = [
      [QUERY, { p: programmeId, fresh: false }],
      [QUERY, { p: programmeId, fresh: true }],
      [`query($p: ID!) { programmeLiveCounters(programmeId: $p) { ${COUNTERS} } }`, { p: programmeId }],
      [`mutation($p: ID!) { refreshProgrammeInsights(programmeId: $p) { programmeId } }`, { p: programmeId }],
    ] as const;
    for (const [document, variables] of documents) {
      const foreign = await world.api.gql(document, variables, stranger.accessToken);
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const absent = await world.api.gql(
        document,
        { ...variables, p: '00000000-0000-4000-8000-000000000000' },
        stranger.accessToken,
      );
      expect(absent.errors?.[0]?.message).toBe(foreign.errors?.[0]?.message);
      for (const token of [partnerToken, reviewerToken])
        expect((await world.api.gql(document, variables, token)).errors?.[0]?.extensions?.code).toBe(
          'FORBIDDEN',
        );
    }
    const foreignWatch = watch(world.api, programmeId, stranger.accessToken);
    await eventually(
      async () => foreignWatch.errors.length,
      (n) => n > 0,
    );
    expect(JSON.stringify(foreignWatch.errors)).toContain('NOT_FOUND');
    await foreignWatch.close();
  });
});

interface Watcher {
  counters: Counters[];
  errors: unknown[];
  close(): Promise<void>;
}

function watch(api: ApiHarness, id: string, token: string): Watcher {
  const client: Client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const counters: Counters[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<{ programmeInsightsUpdated: Counters }>(
    {
      query: `subscription($p: ID!) { programmeInsightsUpdated(programmeId: $p) { ${COUNTERS} } }`,
      variables: { p: id },
    },
    {
      next: (value) => {
        if (value.data) counters.push(value.data.programmeInsightsUpdated);
        if (value.errors) errors.push(value.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    counters,
    errors,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}

/** Resolves once the API's Redis subscription to the programme's activity is in place. */
async function listening(id: string): Promise<void> {
  const channel = `${process.env['QUEUE_PREFIX']}:${programmeActivityTopic(id)}`;
  await eventually(
    async () => Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]),
    (n) => n >= 1,
  );
}

describe('live counters', () => {
  it('are pushed to an organizer after activity on the programme, and count a partner’s new intent', async () => {
    const counters = async () =>
      (
        await must(
          world.api.gql<{ programmeLiveCounters: Counters }>(
            `query($p: ID!) { programmeLiveCounters(programmeId: $p) { ${COUNTERS} } }`,
            { p: programmeId },
            org.accessToken,
          ),
        )
      ).programmeLiveCounters;
    const now = await counters();
    const [row] = await world.db.query(
      `SELECT (SELECT count(*) FROM match_intent i JOIN project p ON p.id = i.project_id WHERE p.programme_id = $1)::int AS intents,
              (SELECT count(*) FROM bid b JOIN project p ON p.id = b.project_id WHERE p.programme_id = $1)::int AS bids,
              (SELECT count(*) FROM deal d JOIN project p ON p.id = d.project_id WHERE p.programme_id = $1)::int AS deals,
              (SELECT count(*) FROM agreement a JOIN project p ON p.id = a.project_id WHERE p.programme_id = $1)::int AS signed,
              (SELECT id FROM roadshow_event WHERE programme_id = $1 AND status = 'LIVE') AS live`,
      [programmeId],
    );
    expect(now).toMatchObject({
      programmeId,
      intents: row.intents,
      bids: row.bids,
      deals: row.deals,
      signed: 17,
      liveRoadshowId: row.live,
    });
    expect(row.live).toBeTruthy();

    const watcher = watch(world.api, programmeId, org.accessToken);
    await listening(programmeId);
    // An activity announced on the programme's topic yields fresh counters.
    const activity: ProgrammeActivity = { programmeId, type: 'deal.moved', at: new Date().toISOString() };
    await world.api.app.get(LiveEvents).publish(programmeActivityTopic(programmeId), activity);
    await eventually(
      async () => watcher.counters.length,
      (n) => n >= 1,
    );
    expect(watcher.counters[0]).toMatchObject({ ...now, at: expect.any(String) });

    // A partner records an intent on a published project: the worker announces it, the counter goes up.
    const [published] = await world.db.query(
      `SELECT pp.project_id FROM published_project pp JOIN project p ON p.id = pp.project_id
        WHERE p.programme_id = $1 ORDER BY pp.project_id LIMIT 1`,
      [programmeId],
    );
    const { partner, auth } = await partnerAccount(world, org, {
      kind: 'PARK',
      name: { zh: '临港园区', en: 'Lingang Park' },
    });
    await must(
      recordIntent(world, auth, {
        partnerId: partner.id,
        projectId: published.project_id,
        kind: 'LANDING',
        level: 'CONSIDERING',
      }),
    );
    const pushed = await eventually(
      async () => watcher.counters.at(-1),
      (c) => c?.intents === now.intents + 1,
      30_000,
    );
    expect(pushed).toMatchObject({ deals: expect.any(Number), bids: now.bids, signed: 17 });
    expect(watcher.errors).toEqual([]);
    await watcher.close();
  });
});
