/**
 * P8 from QUALITY.md, the tail: p99 ÷ p50 latency of the `projects` page of 50 (the query of P2) at 10
 * connections with autocannon for BENCH_TAIL_SECONDS (10 s), after a warm-up, against the API in its own process
 * as deployed. Over the reference intake (reference-intake.ts) in a fresh database
 * `<DATABASE_URL database>_bench_tail`.
 */
import autocannon from 'autocannon';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApi } from '../apps/api/src/bootstrap';
import { Figure, freePort, migratedDatabase, startNode, stop, waitForHttp } from './harness';
import { graphqlClient, PROJECTS_PAGE, seedReferenceIntake } from './reference-intake';

const SECONDS = Number(process.env['BENCH_TAIL_SECONDS'] ?? 10);
const CONNECTIONS = 10;

export async function tail(): Promise<Figure> {
  const url = await migratedDatabase('bench_tail');
  const env = {
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `benchtail${Date.now().toString(36)}`,
    STORAGE_DIR: join(tmpdir(), 'sixcan-bench-files'),
  };
  Object.assign(process.env, env);
  // Seeded through an API in this process; timed against one of its own.
  const seeder = await createApi({ logs: false });
  await seeder.listen(0, '127.0.0.1');
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  let seeded;
  try {
    const base = (await seeder.getUrl()).replace('[::1]', '127.0.0.1');
    seeded = await seedReferenceIntake(seeder, graphqlClient(base), raw);
  } finally {
    await raw.end();
    await seeder.close();
  }
  const port = await freePort();
  const api = startNode(join(__dirname, '../apps/api/src/main.js'), {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/health/live`);
    const load = {
      url: `http://127.0.0.1:${port}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${seeded.token}` },
      body: JSON.stringify({ query: PROJECTS_PAGE, variables: { p: seeded.programmeId, first: 50 } }),
      connections: CONNECTIONS,
    };
    const check = await fetch(load.url, { method: 'POST', headers: load.headers, body: load.body });
    const text = await check.text();
    if (!check.ok || !text.startsWith('{"data"') || (text.match(/"node":/g) ?? []).length !== 50)
      throw new Error(`unexpected answer: ${text.slice(0, 300)}`);
    await autocannon({ ...load, duration: 3 }); // warm-up: JIT, connection pool, plan caches
    const result = await autocannon({ ...load, duration: SECONDS });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
    const { p50, p99 } = result.latency;
    return {
      name: `P8 projects p99 ÷ p50 at ${CONNECTIONS} connections`,
      value: p99 / p50,
      op: '<=',
      target: 3,
      detail: `p50 ${p50} ms, p90 ${result.latency.p90} ms, p99 ${p99} ms, max ${result.latency.max} ms; ${result.requests.total} requests in ${SECONDS} s (${Math.round(result.requests.average)} req/s), page of 50`,
    };
  } finally {
    await stop(api);
  }
}
