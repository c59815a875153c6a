/**
 * P6 from QUALITY.md: the programme dashboard's funnel, by-country and by-sector over 50,000 projects and
 * 1,000,000 intents, in a fresh database `<DATABASE_URL database>_bench_insights` seeded in SQL
 * (generate_series; seconds, not row by row):
 * - p50 of `programmeInsights(fresh: true)` through GraphQL over HTTP ÷ p50 of the very same SQL statements
 *   (captured from the API, with the same `jit = off`) sent straight through `pg`, A/B;
 * - p50 of the same query reading the stored aggregates (`fresh: false`) ÷ that raw SQL p50.
 */
import { captureStatements, Statement } from '@sixcan/server-testing';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApi } from '../apps/api/src/bootstrap';
import { Figure, freePort, median, migratedDatabase, startNode, stop, waitForHttp } from './harness';

const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 31);
const PROJECTS = 50_000;
const INTENTS = 1_000_000;
const QUERY = `query($p: ID!, $fresh: Boolean) { programmeInsights(programmeId: $p, fresh: $fresh) {
  source stale refreshedAt
  funnel { key roundId count }
  byCountry { key projects submitted advanced withIntents signed }
  bySector { key label { zh en } projects submitted advanced withIntents signed } } }`;

interface Answer {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

export async function insights(): Promise<Figure[]> {
  const url = await migratedDatabase('bench_insights');
  Object.assign(process.env, {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `bench${Date.now().toString(36)}`,
    STORAGE_DIR: join(tmpdir(), 'sixcan-bench-files'),
  });

  const app = await createApi({ logs: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    const gql = async (query: string, variables: object, token?: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Answer;
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as Record<string, unknown>;
    };
    const signUp = await gql(
      `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken me { user { id } organization { id } } } }`,
      {
        i: {
          email: 'bench@sixcan.bench',
          password: 'bench password',
          displayName: 'Bench',
          organizationName: 'Bench',
        },
      },
    );
    const { accessToken: token, me } = signUp['signUp'] as {
      accessToken: string;
      me: { user: { id: string }; organization: { id: string } };
    };
    const seedStarted = Date.now();
    const programmeId = await seedAtScale(raw, me.organization.id, me.user.id);
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    // The statements the API sends for the live figures, captured in this process, to replay through pg.
    const { result: live, statements } = await captureStatements(() =>
      gql(QUERY, { p: programmeId, fresh: true }, token),
    );
    const figures = (answer: Record<string, unknown>) => {
      const {
        source: _s,
        stale: _t,
        refreshedAt: _r,
        ...rest
      } = answer['programmeInsights'] as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    const refreshStarted = Date.now();
    await gql(
      `mutation($p: ID!) { refreshProgrammeInsights(programmeId: $p) { programmeId } }`,
      { p: programmeId },
      token,
    );
    const refreshMs = Date.now() - refreshStarted;
    const stored = await gql(QUERY, { p: programmeId, fresh: false }, token);
    if (
      (stored['programmeInsights'] as { source: string }).source !== 'AGGREGATE' ||
      figures(stored) !== figures(live)
    )
      throw new Error('the stored aggregates differ from the live figures');
    const funnel = (live['programmeInsights'] as { funnel: { key: string; count: number }[] }).funnel;
    // The API runs these statements with `SET LOCAL jit = off` (see insights-store.ts): the raw side too.
    await raw.query(`SET jit = off`);
    const replay = async (list: Statement[]) => {
      for (const s of list) await raw.query(s.text, s.values as unknown[]);
    };

    // Timed against the API in its own process, as deployed (same Node flags as this one).
    const apiPort = await freePort();
    const server = startNode(join(__dirname, '../apps/api/src/main.js'), {
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const body = (fresh: boolean) => JSON.stringify({ query: QUERY, variables: { p: programmeId, fresh } });
    const request = (payload: string, source: string) =>
      new Promise<void>((resolve, reject) => {
        const call = http.request(
          {
            agent,
            host: '127.0.0.1',
            port: apiPort,
            path: '/graphql',
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (c: Buffer) => chunks.push(c));
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if (
                response.statusCode !== 200 ||
                !text.startsWith(`{"data":{"programmeInsights":{"source":"${source}"`)
              )
                reject(new Error(text.slice(0, 300)));
              else resolve();
            });
          },
        );
        call.on('error', reject);
        call.end(payload);
      });
    const [liveBody, storedBody] = [body(true), body(false)];
    const apiLive: number[] = [];
    const apiStored: number[] = [];
    const sql: number[] = [];
    try {
      await waitForHttp(`http://127.0.0.1:${apiPort}/health/live`);
      for (let i = 0; i < 3; i++) {
        await request(liveBody, 'LIVE');
        await replay(statements);
        for (let j = 0; j < 20; j++) await request(storedBody, 'AGGREGATE');
      }
      for (let i = 0; i < SAMPLES; i++) {
        apiLive.push(await timed(() => request(liveBody, 'LIVE')));
        sql.push(await timed(() => replay(statements)));
        for (let j = 0; j < 5; j++) apiStored.push(await timed(() => request(storedBody, 'AGGREGATE')));
      }
    } finally {
      agent.destroy();
      await stop(server);
    }
    const rawP50 = median(sql);
    const scale = `${PROJECTS.toLocaleString('en')} projects, ${INTENTS.toLocaleString('en')} intents (seeded in ${seedSeconds.toFixed(0)} s); funnel ${funnel.map((s) => s.count).join(' → ')}`;
    return [
      {
        name: 'P6 dashboard API (live) ÷ raw SQL',
        value: median(apiLive) / rawP50,
        op: '<=',
        target: 1.2,
        detail: `p50 ${median(apiLive).toFixed(1)} ms through GraphQL (fresh: true), ${rawP50.toFixed(1)} ms for its ${statements.length} statements through pg; ${SAMPLES} A/B pairs; ${scale}`,
      },
      {
        name: 'P6 dashboard aggregates ÷ raw SQL',
        value: median(apiStored) / rawP50,
        op: '<=',
        target: 0.05,
        detail: `p50 ${median(apiStored).toFixed(2)} ms through GraphQL reading the stored aggregates (one statement; ${apiStored.length} requests, 5 after each pair), ${rawP50.toFixed(1)} ms raw SQL; a refresh of every section took ${refreshMs} ms`,
      },
    ];
  } finally {
    await raw.end();
    await app.close();
  }
}

/**
 * One programme at scale, in SQL: 40 channels, 50,000 projects over 30 countries and 5 sectors, three
 * screening rounds (two decided), 300 partners, 1,000,000 intents on 20,000 projects, 20,000 bids, 30,000
 * deals, 500 agreements in two currencies, a roadshow of 12 and 100 projects published by hand.
 */
async function seedAtScale(raw: pg.Client, org: string, user: string): Promise<string> {
  const q = (text: string, values: unknown[] = []) => raw.query(text, values);
  await q(`SELECT setseed(0.6)`);
  const countries = [
    'CN',
    'DE',
    'US',
    'GB',
    'FR',
    'JP',
    'KR',
    'SG',
    'IL',
    'NL',
    'SE',
    'CH',
    'IT',
    'ES',
    'CA',
    'AU',
    'FI',
    'DK',
    'AT',
    'BE',
    'NO',
    'IE',
    'PT',
    'PL',
    'CZ',
    'HU',
    'IN',
    'BR',
    'AE',
    'NZ',
  ];
  const sectors = [
    { code: 'AI_MANUFACTURING', nameZh: '人工智能与智能制造', nameEn: 'AI and intelligent manufacturing' },
    {
      code: 'NEXT_GEN_IT',
      nameZh: '新一代信息技术与智慧交通',
      nameEn: 'Next-generation IT and smart transport',
    },
    { code: 'BIOMEDICINE', nameZh: '生物医药与健康', nameEn: 'Biomedicine and health' },
    { code: 'NEW_ENERGY', nameZh: '新能源与新材料', nameEn: 'New energy and materials' },
    { code: 'GREEN_TECH', nameZh: '节能环保', nameEn: 'Green technology' },
  ];
  const [{ id: programmeId }] = (
    await q(
      `INSERT INTO programme (organization_id, title_zh, title_en, time_zone, opens_at, closes_at, sectors, currency, status)
       VALUES ($1, '国际技术路演（规模测试）', 'International technology roadshow (scale)', 'Asia/Shanghai',
               '2026-03-02T00:00:00Z', '2026-05-31T15:59:59Z', $2, 'CNY', 'CLOSED') RETURNING id`,
      [org, JSON.stringify(sectors)],
    )
  ).rows as { id: string }[];
  await q(
    `INSERT INTO channel (organization_id, name_en, name_key, kind, country)
     SELECT $1, 'Channel ' || g, 'channel ' || g, (ARRAY['UNIVERSITY','RESEARCH_INSTITUTE','ASSOCIATION','TRANSFER_NETWORK','OTHER'])[1 + g % 5],
            ($2::text[])[1 + g % 30]
       FROM generate_series(1, 40) g`,
    [org, countries],
  );
  await q(
    `INSERT INTO project (organization_id, programme_id, channel_id, source, status, title_en, sector_code, country,
                          submitted_at, created_at)
     SELECT $1, $2, CASE WHEN random() < 0.7 THEN (SELECT id FROM channel WHERE organization_id = $1 ORDER BY name_key
                                                   OFFSET (g * 7) % 40 LIMIT 1) END,
            'APPLICANT', CASE WHEN g % 12 = 0 THEN 'DRAFT' WHEN g % 50 = 1 THEN 'WITHDRAWN' ELSE 'SUBMITTED' END,
            'Project ' || g,
            CASE WHEN g % 50 = 7 THEN NULL ELSE ($3::text[])[1 + floor(5 * random() * random())::int] END,
            ($4::text[])[1 + floor(30 * random() * random())::int],
            CASE WHEN g % 12 = 0 THEN NULL ELSE timestamptz '2026-03-02' + random() * interval '90 days' END,
            timestamptz '2026-03-02' + random() * interval '80 days'
       FROM generate_series(1, $5::int) g`,
    [org, programmeId, sectors.map((s) => s.code), countries, PROJECTS],
  );
  // Screening: round 1 takes every submitted project (20% advance), round 2 the advanced (a third advance),
  // round 3 is open over those.
  const round = async (ordinal: number, status: string) =>
    (
      (
        await q(
          `INSERT INTO screening_round (organization_id, programme_id, ordinal, status, reviewers_per_project, max_load,
                                        deadline, advance_rule_kind, last_round, decided_at)
           VALUES ($1, $2, $3, $4, 3, 60, '2026-07-01T00:00:00Z', 'MANUAL', $3 = 3,
                   CASE WHEN $4 = 'DECIDED' THEN now() END) RETURNING id`,
          [org, programmeId, ordinal, status],
        )
      ).rows[0] as { id: string }
    ).id;
  const r1 = await round(1, 'DECIDED');
  await q(
    `INSERT INTO screening_round_project (organization_id, round_id, project_id, decision)
     SELECT $1, $2, id, CASE WHEN random() < 0.2 THEN 'ADVANCE' ELSE 'REJECT' END
       FROM project WHERE programme_id = $3 AND status = 'SUBMITTED'`,
    [org, r1, programmeId],
  );
  const r2 = await round(2, 'DECIDED');
  await q(
    `INSERT INTO screening_round_project (organization_id, round_id, project_id, decision)
     SELECT $1, $2, project_id, CASE WHEN random() < 0.34 THEN 'ADVANCE' ELSE 'REJECT' END
       FROM screening_round_project WHERE round_id = $3 AND decision = 'ADVANCE'`,
    [org, r2, r1],
  );
  const r3 = await round(3, 'OPEN');
  await q(
    `INSERT INTO screening_round_project (organization_id, round_id, project_id)
     SELECT $1, $2, project_id FROM screening_round_project WHERE round_id = $3 AND decision = 'ADVANCE'`,
    [org, r3, r2],
  );
  await q(
    `UPDATE project p SET status = CASE WHEN s.decision = 'REJECT' THEN 'REJECTED' ELSE 'IN_SCREENING' END
       FROM (SELECT DISTINCT ON (project_id) project_id, decision FROM screening_round_project
              WHERE round_id IN ($1, $2) ORDER BY project_id, (decision = 'REJECT') DESC) s
      WHERE p.id = s.project_id`,
    [r1, r2],
  );
  await q(
    `UPDATE project SET status = 'SHORTLISTED'
      WHERE id IN (SELECT project_id FROM screening_round_project WHERE round_id = $1 ORDER BY project_id LIMIT 100)`,
    [r3],
  );
  // Projects in the order partners care about them: the screening's survivors first.
  await q(
    `CREATE TEMP TABLE bench_project AS
     SELECT id, (row_number() OVER (ORDER BY (status IN ('SHORTLISTED', 'IN_SCREENING')) DESC, id) - 1)::int AS n
       FROM project WHERE programme_id = $1 AND status <> 'DRAFT'`,
    [programmeId],
  );
  await q(`CREATE UNIQUE INDEX ON bench_project (n)`);
  await q(
    `INSERT INTO published_project (organization_id, project_id, published_by)
     SELECT $1, id, $2 FROM bench_project WHERE n BETWEEN 100 AND 199`,
    [org, user],
  );
  await q(
    `INSERT INTO partner (organization_id, kind, name_en, country)
     SELECT $1, (ARRAY['INVESTOR','PARK','ENTERPRISE'])[1 + g % 3], 'Partner ' || g, ($2::text[])[1 + g % 30]
       FROM generate_series(1, 300) g`,
    [org, countries],
  );
  await q(
    `CREATE TEMP TABLE bench_partner AS
     SELECT id, kind, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM partner WHERE organization_id = $1`,
    [org],
  );
  await q(`CREATE UNIQUE INDEX ON bench_partner (n)`);
  // 1,000,000 intents: 50 partners on each of 20,000 projects, one (partner, project) pair each.
  await q(
    `INSERT INTO match_intent (organization_id, partner_id, project_id, kind, level, source, created_at, updated_at)
     SELECT $1, pa.id, pr.id,
            (ARRAY['INVESTMENT','TECH_COOPERATION','LANDING','PROCUREMENT','LICENSING'])[1 + (g / 7) % 5],
            (ARRAY['OBSERVING','OBSERVING','CONSIDERING','COMMITTED'])[1 + g % 4],
            (ARRAY['HANDBOOK','ROADSHOW','RECOMMENDATION','OTHER'])[1 + (g / 3) % 4],
            ts, ts
       FROM generate_series(0, $2::int - 1) g
       JOIN bench_project pr ON pr.n = g % 20000
       JOIN bench_partner pa ON pa.n = (g / 20000) % 300
      CROSS JOIN LATERAL (SELECT timestamptz '2026-04-01' + random() * interval '120 days' AS ts) t`,
    [org, INTENTS],
  );
  await q(
    `INSERT INTO bid (organization_id, partner_id, project_id, status, investment_minor, currency, created_at)
     SELECT $1, pa.id, pr.id, (ARRAY['SUBMITTED','ACCEPTED','DECLINED','WITHDRAWN','EXPIRED'])[1 + g % 5],
            (1000000 + g * 1000)::bigint * 100, 'CNY', timestamptz '2026-05-01' + random() * interval '90 days'
       FROM generate_series(0, 19999) g
       JOIN bench_project pr ON pr.n = g % 5000
       JOIN bench_partner pa ON pa.n = 50 + g / 5000`,
    [org],
  );
  await q(
    `INSERT INTO deal (organization_id, partner_id, project_id, stage, last_activity_at)
     SELECT $1, pa.id, pr.id,
            (ARRAY['INTENT','CONTACTED','MEETING','DUE_DILIGENCE','NDA','MOU','SIGNED','LANDED','DROPPED'])[1 + g % 9], now()
       FROM generate_series(0, 29999) g
       JOIN bench_project pr ON pr.n = g % 10000
       JOIN bench_partner pa ON pa.n = 100 + g / 10000`,
    [org],
  );
  await q(
    `INSERT INTO agreement (organization_id, deal_id, project_id, partner_id, kind, signed_at, committed_minor, currency,
                            realised_minor, realised_at)
     SELECT $1, d.id, d.project_id, d.partner_id, 'INVESTMENT', timestamptz '2026-06-01' + random() * interval '60 days',
            CASE WHEN k % 5 = 0 THEN 2000000 ELSE 10000000 END::bigint * 100 + k,
            CASE WHEN k % 5 = 0 THEN 'USD' ELSE 'CNY' END,
            CASE WHEN k % 3 = 0 THEN 500000000 ELSE 0 END, CASE WHEN k % 3 = 0 THEN now() END
       FROM (SELECT id, project_id, partner_id, row_number() OVER (ORDER BY id) AS k FROM deal WHERE organization_id = $1
              ORDER BY id LIMIT 500) d`,
    [org],
  );
  await q(
    `INSERT INTO fx_rate (organization_id, currency, base_currency, rate) VALUES ($1, 'USD', 'CNY', 0.1378)`,
    [org],
  );
  const roadshow = (
    (
      await q(
        `INSERT INTO roadshow_event (organization_id, programme_id, title_en, mode, starts_at, ends_at, time_zone,
                                     slot_minutes, status)
         VALUES ($1, $2, 'Live roadshow', 'ONLINE', '2026-06-20T06:00:00Z', '2026-06-20T09:00:00Z', 'Asia/Shanghai',
                 15, 'LIVE') RETURNING id`,
        [org, programmeId],
      )
    ).rows[0] as { id: string }
  ).id;
  await q(
    `INSERT INTO roadshow_project (organization_id, roadshow_id, project_id)
     SELECT $1, $2, id FROM bench_project WHERE n < 12`,
    [org, roadshow],
  );
  for (const table of [
    'project',
    'match_intent',
    'bid',
    'deal',
    'agreement',
    'screening_round_project',
    'roadshow_project',
    'published_project',
    'partner',
    'channel',
  ])
    await q(`VACUUM ANALYZE ${table}`);
  return programmeId;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}
