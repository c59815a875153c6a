/**
 * P3, framework cost: req/s of a trivial authenticated GraphQL query (`currentActor`, answered from
 * the token) through the whole API (guard, validation, limits, logging) ÷ req/s of a bare Node
 * HTTP handler returning the same JSON. Both run as separate processes with the same Node flags,
 * measured alternately (A/B/A/B…) with autocannon on loopback. The API runs on a fresh database
 * `<DATABASE_URL database>_bench_framework`.
 *
 * For context, each round also measures Apollo Server alone (`apollo-server.ts`: its standalone HTTP
 * server, a one-field schema, the same answer): the most any API on Apollo can reach on this machine.
 */
import { AccessTokens, AppConfig } from '@sixcan/server-core';
import { Role } from '@sixcan/domain';
import { join } from 'node:path';
import {
  Figure,
  freePort,
  median,
  migratedDatabase,
  requestsPerSecond,
  startNode,
  stop,
  waitForHttp,
} from './harness';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 4);

export async function framework(): Promise<Figure> {
  const config = new AppConfig();
  const actor = {
    userId: '00000000-0000-4000-8000-000000000001',
    organizationId: '00000000-0000-4000-8000-000000000002',
    roles: [Role.ORGANIZER],
  };
  const token = new AccessTokens(config).sign(actor, 3600);
  const query = JSON.stringify({ query: '{ currentActor { userId organizationId roles } }' });
  const expected = JSON.stringify({ data: { currentActor: actor } });

  const [apiPort, barePort] = [await freePort(), await freePort()];
  const url = await migratedDatabase('bench_framework');
  const api = startNode(join(__dirname, '../apps/api/src/main.js'), {
    DATABASE_URL: url,
    QUEUE_PREFIX: `benchfw${Date.now().toString(36)}`,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  });
  let bare: ReturnType<typeof startNode> | undefined;
  let apollo: ReturnType<typeof startNode> | undefined;
  try {
    await waitForHttp(`http://127.0.0.1:${apiPort}/health/live`);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const check = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers,
      body: query,
    });
    const answer = await check.text();
    if (JSON.stringify(JSON.parse(answer)) !== expected)
      throw new Error(`unexpected answer from the API: ${answer}`);
    // The baseline answers the very same bytes.
    bare = startNode(join(__dirname, 'bare-server.js'), { PORT: String(barePort), BARE_BODY: answer });
    await waitForHttp(`http://127.0.0.1:${barePort}/`);
    const apolloPort = await freePort();
    apollo = startNode(join(__dirname, 'apollo-server.js'), {
      PORT: String(apolloPort),
      APOLLO_ACTOR: JSON.stringify(actor),
    });
    const apolloUrl = `http://127.0.0.1:${apolloPort}/`;
    await waitForHttp(`${apolloUrl}?query=%7B__typename%7D`, 60000, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const alone = await fetch(apolloUrl, { method: 'POST', headers, body: query });
    if ((await alone.text()) !== answer) throw new Error('Apollo alone does not give the same answer');
    const apiRps: number[] = [];
    const bareRps: number[] = [];
    const apolloRps: number[] = [];
    const load = { connections: 10, seconds: SECONDS };
    await requestsPerSecond({
      ...load,
      seconds: 2,
      url: `http://127.0.0.1:${apiPort}/graphql`,
      body: query,
      headers,
    }); // warm-up
    for (let i = 0; i < ROUNDS; i++) {
      apiRps.push(
        await requestsPerSecond({
          ...load,
          url: `http://127.0.0.1:${apiPort}/graphql`,
          body: query,
          headers,
        }),
      );
      bareRps.push(
        await requestsPerSecond({ ...load, url: `http://127.0.0.1:${barePort}/`, body: query, headers }),
      );
      apolloRps.push(await requestsPerSecond({ ...load, url: apolloUrl, body: query, headers }));
    }
    const ratio = median(apiRps) / median(bareRps);
    const ceiling = median(apolloRps) / median(bareRps);
    return {
      name: 'P3 framework',
      value: ratio,
      op: '>=',
      target: 0.25,
      detail:
        `api ${Math.round(median(apiRps))} req/s, bare node ${Math.round(median(bareRps))} req/s, ` +
        `${ROUNDS}×${SECONDS}s A/B at 10 connections; Apollo Server alone ${Math.round(median(apolloRps))} ` +
        `req/s = ${ceiling.toFixed(3)} of bare node (the ceiling on Apollo), the api ${(median(apiRps) / median(apolloRps)).toFixed(3)} of it`,
    };
  } finally {
    await Promise.all([stop(api), bare && stop(bare), apollo && stop(apollo)]);
  }
}
