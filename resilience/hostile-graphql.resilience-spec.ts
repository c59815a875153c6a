// R1: a hostile GraphQL corpus generated from apps/api/schema.gql (resilience/support/hostile-corpus.ts),
// sent to one API in production mode, anonymously and as an organiser, over HTTP and graphql-ws. Every
// document must be refused with a 4xx GraphQL error carrying a code, before any resolver runs (the root
// resolvers and subscription sources of the running schema are wrapped with a counter), with no field
// suggestions and no introspection answered.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@sixcan/domain';
import { AccessTokens, AppConfig, MAX_ROOT_MUTATIONS } from '@sixcan/server-core';
import { ApiHarness, eventually, startApi } from '@sixcan/server-testing';
import { defaultFieldResolver, GraphQLFieldResolver, isObjectType } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import { randomInt } from 'node:crypto';
import WebSocket from 'ws';
import { createApi } from '../apps/api/src/bootstrap';
import { expectFigure } from './support/figures';
import { HostileClass, HostileDocument, hostileCorpus, loadSchema } from './support/hostile-corpus';

const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 20_000,
  maxComplexity: 5000,
  maxRootMutations: MAX_ROOT_MUTATIONS,
  bodyLimitBytes: 1024 * 1024,
};
const CONCURRENCY = 8;
/** What the refusal of each limit class says: the rule meant for it refused it, not some other mistake. */
const REASONS: Partial<Record<HostileClass, RegExp>> = {
  // (deeply nested literals and variables are refused by the parser or argument checks)
  'deep nesting': /depth limit|nest|Unknown argument|Variable \\"\$v|Syntax Error|token/i,
  'alias flood': /Aliases limit/,
  'batched mutations': /Aliases limit|mutation may hold/,
  'batched operations': /batch/i,
  'huge bodies': /PAYLOAD_TOO_LARGE/,
  'fragment cycles': /Cannot spread fragment/,
  'directive floods': /directive|Boolean cannot represent/i,
  introspection: /introspection/i,
  'complexity bombs': /QUERY_TOO_COMPLEX/,
};
const ALTERNATING = new Set<HostileClass>([
  'unknown fields',
  'wrong argument types',
  'wrong variable types',
  'missing arguments',
  'fragment cycles',
  'introspection',
]);
jest.setTimeout(120_000);

interface Answer {
  status: number;
  text: string;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
  data?: Record<string, unknown> | null;
}

let api: ApiHarness;
let organizer: string;
/** Calls of root resolvers and subscription sources of the running schema. */
let reached = 0;

/** Counts every root field resolution (queries, mutations) and every subscription source it would run. */
function countRootResolvers(app: ApiHarness['app']) {
  const schema = app.get(GraphQLSchemaHost).schema;
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!isObjectType(root)) continue;
    for (const field of Object.values(root.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (...args) => {
        reached++;
        return resolve(...args);
      };
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (...args) => {
          reached++;
          return subscribe(...args);
        };
    }
  }
}

beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), {
    NODE_ENV: 'production',
    AUTH_SECRET: 'x'.repeat(16) + 'production-grade-secret-value',
    GRAPHQL_MAX_DEPTH: String(LIMITS.maxDepth),
    GRAPHQL_MAX_ALIASES: String(LIMITS.maxAliases),
    GRAPHQL_MAX_TOKENS: String(LIMITS.maxTokens),
    GRAPHQL_MAX_COMPLEXITY: String(LIMITS.maxComplexity),
  });
  organizer = api.token({ roles: [Role.ORGANIZER] });
  countRootResolvers(api.app);
});
afterAll(() => api.close());

async function post(body: string, token?: string): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.18.${randomInt(256)}.${randomInt(1, 255)}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  const text = await response.text();
  let json: Omit<Answer, 'status' | 'text'> = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // left empty: counted as an answer without a GraphQL error
  }
  return { status: response.status, text, ...json };
}

/** A graphql-ws client (no retries); the codes the socket closes with go to `closes`. */
function socket(token: string | undefined, closes: number[] = []): Client {
  return createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (e) => closes.push((e as { code: number }).code) },
  });
}

const UNREAD = 'subscription { unreadNotificationCountUpdated }';

/** Subscribes to the unread count and waits for its first value (it comes at once). */
async function firstUnreadCount(client: Client): Promise<{ values: unknown[]; dispose: () => void }> {
  const values: unknown[] = [];
  const dispose = client.subscribe(
    { query: UNREAD },
    { next: (v) => values.push(v), error: (e) => values.push(e), complete: () => undefined },
  );
  await eventually(
    async () => values,
    (v) => v.length > 0,
  );
  expect(values).toEqual([{ data: { unreadNotificationCountUpdated: 0 } }]);
  return { values, dispose };
}

/** One subscription: its errors (GraphQL errors or the close event) and whether data came back. */
function subscribeOnce(client: Client, payload: NonNullable<HostileDocument['payload']>): Promise<Answer> {
  return new Promise((resolve) => {
    let data: Record<string, unknown> | null = null;
    const dispose = client.subscribe<Record<string, unknown>>(payload, {
      next: (value) => {
        if (value.data) data = value.data;
        if (value.errors) {
          dispose();
          resolve({ status: 400, text: JSON.stringify(value), errors: [...value.errors], data });
        }
      },
      error: (error) => {
        const errors = Array.isArray(error) ? (error as Answer['errors']) : undefined;
        const code = (error as { code?: number }).code;
        // Refusals come as GraphQL errors; a closed socket is an internal error (4500) or a protocol one.
        resolve({
          status: errors ? 400 : code === 4500 || code === 1011 ? 500 : 499,
          text: JSON.stringify(error),
          errors,
          data,
        });
      },
      complete: () => resolve({ status: 200, text: JSON.stringify({ data }), data }),
    });
  });
}

async function pool<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T);
      }
    }),
  );
  return results;
}

const isRefusal = (a: Answer) =>
  a.status >= 400 &&
  a.status < 500 &&
  !!a.errors?.length &&
  a.errors.every((e) => typeof e.extensions?.code === 'string') &&
  (a.data ?? null) === null;
const introspected = (a: Answer) =>
  !!a.data &&
  Object.values(a.data).some(
    (v) => v && typeof v === 'object' && ('types' in v || 'fields' in v || 'name' in v),
  );

describe('R1 hostile GraphQL corpus', () => {
  it('answers a normal query and subscription, and the resolver counter sees them', async () => {
    const before = reached;
    const ok = await post(JSON.stringify({ query: '{ systemStatus { status } }' }));
    expect(ok.status).toBe(200);
    expect(reached).toBe(before + 1);
    const client = socket(organizer);
    const { dispose } = await firstUnreadCount(client);
    expect(reached).toBeGreaterThanOrEqual(before + 2);
    dispose();
    await client.dispose();
  });

  it('refuses every hostile document with a 4xx GraphQL error before any resolver runs', async () => {
    const corpus = hostileCorpus(loadSchema(), LIMITS);
    const classes = [...new Set(corpus.map((d) => d.class))];
    const perClass = new Map<HostileClass, { tried: number; reached: number; statuses: Set<number> }>();
    const bad: string[] = [];
    let tried = 0;
    let serverErrors = 0;
    let suggestions = 0;
    let introspectionAnswered = 0;
    let notRefused = 0;
    const started = Date.now();
    const client = socket(organizer);
    for (const cls of classes) {
      const docs = corpus.filter((d) => d.class === cls);
      const before = reached;
      // The limit classes go both anonymously and as an organiser; the larger name and type classes alternate.
      const both = !ALTERNATING.has(cls);
      const sends = docs.flatMap((d, i) =>
        d.transport === 'ws'
          ? [{ d, token: organizer }]
          : both
            ? [
                { d, token: undefined },
                { d, token: organizer },
              ]
            : [{ d, token: i % 2 ? organizer : undefined }],
      );
      const answers = await pool(sends, ({ d, token }) =>
        d.transport === 'ws' && d.payload ? subscribeOnce(client, d.payload) : post(d.body, token),
      );
      const stats = { tried: sends.length, reached: reached - before, statuses: new Set<number>() };
      perClass.set(cls, stats);
      answers.forEach((a, i) => {
        const { d, token } = sends[i] ?? { d: docs[0], token: undefined };
        tried++;
        stats.statuses.add(a.status);
        const what = `${cls}: ${d.label} (${token ? 'organiser' : 'anonymous'}) → ${a.status} ${a.text.slice(0, 300)}`;
        if (a.status >= 500) serverErrors++;
        if (/Did you mean/i.test(a.text)) suggestions++;
        if (introspected(a)) introspectionAnswered++;
        if (!isRefusal(a)) notRefused++;
        const reason = REASONS[cls];
        if (a.status >= 500 || /Did you mean/i.test(a.text) || introspected(a) || !isRefusal(a))
          bad.push(what);
        else if (reason && !(d.label.startsWith('every') || reason.test(a.text)))
          bad.push(`${what} (not refused for its reason)`);
      });
    }
    await client.dispose();

    const detail = [...perClass].map(([cls, s]) => `${cls} ${s.tried}`).join(', ');
    const reachedDetail = [...perClass].map(([cls, s]) => `${cls} ${s.reached}`).join(', ');
    const badClasses = [...new Set(bad.map((b) => b.split(':')[0]))];
    expect(
      badClasses.map(
        (c) =>
          `${bad.filter((b) => b.startsWith(`${c}:`)).length} × ${bad.find((b) => b.startsWith(`${c}:`))}`,
      ),
    ).toEqual([]);
    expectFigure({
      id: 'R1',
      name: 'hostile documents tried',
      value: tried,
      op: '>=',
      target: 2000,
      detail: `${detail}; ${Math.round((Date.now() - started) / 1000)} s at concurrency ${CONCURRENCY}`,
    });
    expectFigure({
      id: 'R1',
      name: 'hostile documents answered 5xx',
      value: serverErrors,
      op: '==',
      target: 0,
    });
    expectFigure({
      id: 'R1',
      name: 'hostile documents that reached a resolver',
      value: [...perClass.values()].reduce((n, s) => n + s.reached, 0),
      op: '==',
      target: 0,
      detail: reachedDetail,
    });
    expectFigure({
      id: 'R1',
      name: 'hostile documents not refused with a 4xx GraphQL error and code',
      value: notRefused,
      op: '==',
      target: 0,
      detail: `statuses ${[...new Set([...perClass.values()].flatMap((s) => [...s.statuses]))].sort().join('/')}`,
    });
    expectFigure({
      id: 'R1',
      name: 'field suggestions leaked in production',
      value: suggestions,
      op: '==',
      target: 0,
    });
    expectFigure({
      id: 'R1',
      name: 'introspection answered in production',
      value: introspectionAnswered,
      op: '==',
      target: 0,
    });
  });

  it('refuses sockets without a valid token and closes them when the token expires', async () => {
    const closes: number[] = [];
    const anonymous = socket(undefined, closes);
    const refused = await subscribeOnce(anonymous, { query: UNREAD });
    expect(refused.data ?? null).toBeNull();
    expect(closes).toEqual([4403]);
    await anonymous.dispose();

    const shortLived = new AccessTokens(api.app.get(AppConfig)).sign(
      {
        userId: '8d3c4c4e-2f7b-4d59-9a51-0d7f5c3b9e12',
        organizationId: '9d3c4c4e-2f7b-4d59-9a51-0d7f5c3b9e13',
        roles: [Role.ORGANIZER],
      },
      2,
    );
    const expiring: number[] = [];
    const client = socket(shortLived, expiring);
    await firstUnreadCount(client);
    await eventually(
      async () => expiring,
      (codes) => codes.length > 0,
    );
    expect(expiring).toEqual([4403]);
    await client.dispose();
  });
});
