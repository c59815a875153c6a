import autocannon from 'autocannon';
import { Client } from 'pg';
import { signUpOrganizer } from '../apps/api/src/intake/intake.fixtures';
import { expectFigure } from './support/figures';
import { NodeService, PostgresServer, testServerEnv, until } from './support/processes';

/**
 * R8: PostgreSQL (a server of the test's own) is killed with `kill -9` and started again (crash
 * recovery) while autocannon drives reads and writes at the api. The api recovers without a restart,
 * answers nothing but successes once PostgreSQL is back, and every write is whole: each programme
 * it acknowledged exists, and each programme has its audit record (one transaction).
 */
jest.setTimeout(240_000);

let pg: PostgresServer | undefined;
let api: NodeService | undefined;

afterAll(async () => {
  await api?.signal('SIGTERM');
  await pg?.stop();
});

interface Outcome {
  statuses: Map<number, number>;
  graphqlErrors: number;
  /** The distinct error messages and codes, with their counts. */
  messages: Map<string, number>;
  acknowledged: string[];
  responses: number;
  writes: number;
}

/** Alternating reads and writes (a programme with a unique title each) from 8 connections. */
function drive(
  url: string,
  token: string,
  amount: number,
  onResponse?: (n: number) => void,
): Promise<Outcome> {
  const outcome: Outcome = {
    statuses: new Map(),
    graphqlErrors: 0,
    messages: new Map(),
    acknowledged: [],
    responses: 0,
    writes: 0,
  };
  let sequence = 0;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const record = (status: number, body: string) => {
    outcome.responses++;
    outcome.statuses.set(status, (outcome.statuses.get(status) ?? 0) + 1);
    try {
      const parsed = JSON.parse(body) as {
        data?: { createProgramme?: { id: string } };
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (parsed.errors?.length) outcome.graphqlErrors++;
      for (const e of parsed.errors ?? []) {
        const key = `${e.extensions?.code}: ${e.message}`;
        outcome.messages.set(key, (outcome.messages.get(key) ?? 0) + 1);
      }
      if (parsed.data?.createProgramme?.id) outcome.acknowledged.push(parsed.data.createProgramme.id);
    } catch {
      outcome.graphqlErrors++;
    }
    onResponse?.(outcome.responses);
  };
  const write = () =>
    JSON.stringify({
      query: 'mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }',
      variables: {
        i: {
          title: { zh: `韧性 ${++sequence}`, en: `R8 ${sequence}` },
          opensAt: new Date(Date.now() + 86400_000).toISOString(),
          closesAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
        },
      },
    });
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        connections: 8,
        amount,
        timeout: 20,
        requests: [
          {
            method: 'POST',
            headers,
            body: JSON.stringify({ query: '{ programmes(first: 5) { totalCount edges { node { id } } } }' }),
            onResponse: record,
          },
          {
            method: 'POST',
            headers,
            setupRequest: (r) => ({ ...r, body: write() }),
            onResponse: (status, body) => {
              outcome.writes++;
              record(status, body);
            },
          },
        ],
      },
      (error) => (error ? reject(error) : resolve(outcome)),
    );
  });
}

const fivexx = (o: Outcome) => [...o.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);

it('R8 recovers from a PostgreSQL crash under load without a restart, with no partial write', async () => {
  pg = await PostgresServer.start();
  api = await NodeService.api(testServerEnv('pg-restart', { DATABASE_URL: pg.url }));
  const organizer = await signUpOrganizer(api);
  const token = organizer.accessToken;
  const pid = api.child.pid;

  // The crash comes after the first 300 answers; PostgreSQL is back as soon as it has recovered.
  let crash: Promise<void> | undefined;
  const server = pg;
  const during = await drive(api.url, token, 3000, (n) => {
    if (n === 300) crash = server.kill9().then(() => server.start());
  });
  await crash;
  await until('the api to be ready again', async () => (await fetch(`${api?.url}/health/ready`)).ok);
  const after = await drive(api.url, token, 1000);

  const db = new Client({ connectionString: pg.url });
  await db.connect();
  const [counts] = (
    await db.query<{ programmes: number; orphans: number; unaudited: number; acknowledgedMissing: number }>(
      `SELECT (SELECT count(*)::int FROM programme WHERE organization_id = $1) AS programmes,
              (SELECT count(*)::int FROM audit_event a WHERE a.organization_id = $1 AND a.action = 'programme.created'
                 AND NOT EXISTS (SELECT 1 FROM programme p WHERE p.id::text = a.object_id)) AS orphans,
              (SELECT count(*)::int FROM programme p WHERE p.organization_id = $1
                 AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.object_id = p.id::text AND a.action = 'programme.created')) AS unaudited,
              (SELECT count(*)::int FROM unnest($2::uuid[]) AS k(id) WHERE NOT EXISTS (SELECT 1 FROM programme p WHERE p.id = k.id)) AS "acknowledgedMissing"`,
      [organizer.me.organization.id, [...during.acknowledged, ...after.acknowledged]],
    )
  ).rows;
  await db.end();

  expect(crash).toBeDefined();
  expect(api.running).toBe(true);
  expect(api.child.pid).toBe(pid);
  expect(during.responses).toBe(3000);
  expect(Object.fromEntries(after.messages)).toEqual({});
  expect(after.acknowledged.length).toBe(after.writes);
  const statuses = JSON.stringify(Object.fromEntries(during.statuses));
  expectFigure({
    id: 'R8',
    name: '5xx or failed answers after recovery',
    value: fivexx(after) + after.graphqlErrors + (after.responses - 1000),
    op: '==',
    target: 0,
    detail: `1,000 requests after recovery; during the crash ${during.graphqlErrors} of 3,000 failed (statuses ${statuses}: ${JSON.stringify(Object.fromEntries(during.messages))}); the api process was never restarted`,
  });
  const unclear = [...during.messages].filter(([key]) => !key.startsWith('SERVICE_UNAVAILABLE:'));
  expectFigure({
    id: 'R8',
    name: 'failures during the outage not answered as a retryable SERVICE_UNAVAILABLE',
    value: unclear.reduce((n, [, count]) => n + count, 0),
    op: '==',
    target: 0,
    detail: unclear.map(([key, count]) => `${count}× ${key}`).join('; ') || `all ${during.graphqlErrors}`,
  });
  expectFigure({
    id: 'R8',
    name: 'partial writes',
    value: (counts?.orphans ?? 1) + (counts?.unaudited ?? 1),
    op: '==',
    target: 0,
    detail: `${counts?.programmes} programmes written, each with its audit record`,
  });
  expectFigure({
    id: 'R8',
    name: 'acknowledged writes lost',
    value: counts?.acknowledgedMissing ?? 1,
    op: '==',
    target: 0,
    detail: `${during.acknowledged.length + after.acknowledged.length} acknowledged`,
  });
});
