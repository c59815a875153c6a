import { ApiHarness, startApi } from '@sixcan/server-testing';
import { createApi } from './bootstrap';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }));
});
afterAll(() => api.close());

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers, body });

async function expectRejected(body: string, code?: string) {
  const response = await post(body);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(json.errors?.length).toBeGreaterThan(0);
  if (code) expect(json.errors?.[0]?.extensions?.code).toBe(code);
}

describe('GraphQL limits: hostile documents are refused with 4xx before resolvers run', () => {
  it('answers a normal public query', async () => {
    const result = await api.gql<{ systemStatus: { status: string; components: { name: string }[] } }>(
      '{ systemStatus { status components { name status } } }',
    );
    expect(result.status).toBe(200);
    expect(result.data?.systemStatus.status).toBe('UP');
    expect(result.data?.systemStatus.components.map((c) => c.name)).toEqual(['database', 'queue']);
  });

  it('refuses a document nested 50 levels deep', async () => {
    const chain = `{ ${'systemStatus { components { '.repeat(25)}name${' } }'.repeat(25)} }`;
    const response = await post(JSON.stringify({ query: chain }));
    expect(response.status).toBe(400);
    const json = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(json.errors.some((e) => /depth limit of 12 exceeded/i.test(e.message))).toBe(true);
  });

  it('refuses 200 aliases', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: systemStatus { status }`).join(' ');
    await expectRejected(JSON.stringify({ query: `{ ${aliases} }` }), 'GRAPHQL_VALIDATION_FAILED');
    const ok = Array.from({ length: 5 }, (_, i) => `a${i}: systemStatus { status }`).join(' ');
    expect((await api.gql(`{ ${ok} }`)).status).toBe(200);
  });

  it('refuses a 100,000-token document', async () => {
    const huge = `{ systemStatus { ${'version '.repeat(100_000)} } }`;
    await expectRejected(JSON.stringify({ query: huge }), 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses a body over the size limit with a GraphQL-shaped error', async () => {
    const body = JSON.stringify({ query: `{ systemStatus { version } } #${'x'.repeat(2_000_000)}` });
    const response = await post(body);
    expect(response.status).toBe(413);
    const json = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses batched operations', async () => {
    const response = await post(
      JSON.stringify([{ query: '{ systemStatus { status } }' }, { query: '{ systemStatus { status } }' }]),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses unknown fields and wrong types', async () => {
    await expectRejected(JSON.stringify({ query: '{ systemStatus { nope } }' }), 'GRAPHQL_VALIDATION_FAILED');
    await expectRejected(JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED');
    await expectRejected(
      JSON.stringify({ query: 'query($x: Int!) { systemStatus { status } }', variables: { x: 'no' } }),
    );
    await expectRejected('{"query": ', undefined);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await post(JSON.stringify({ query: '{ systemStatus { status } }' }), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
  });

  it('answers no 5xx for a burst of malformed documents', async () => {
    const bodies = [
      '',
      '{}',
      '[]',
      'null',
      '{"query": 1}',
      '{"query": "{"}',
      '{"query": "mutation { x }"}',
      '{"query":"{ systemStatus }"}',
      '{"query":"subscription { a }"}',
      '{"query": "{ __typename }", "variables": "x"}',
    ];
    const statuses = await Promise.all(bodies.map(async (b) => (await post(b)).status));
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
});

describe('currentActor', () => {
  it('answers the caller from the token and asks anonymous callers to sign in', async () => {
    const token = api.token({ userId: '7d3c4c4e-2f7b-4d59-9a51-0d7f5c3b9e11', roles: ['REVIEWER' as never] });
    const ok = await api.gql<{ currentActor: { userId: string; roles: string[] } }>(
      '{ currentActor { userId roles } }',
      {},
      token,
    );
    expect(ok.data?.currentActor).toEqual({
      userId: '7d3c4c4e-2f7b-4d59-9a51-0d7f5c3b9e11',
      roles: ['REVIEWER'],
    });
    const anonymous = await api.gql('{ currentActor { userId } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('variables that do not fit their types', () => {
  it.each([
    ['a missing variable', {}],
    ['a string for an input object', { i: 'x' }],
    ['a missing required field', { i: { email: 'a@example.org' } }],
    ['a number for a string', { i: { email: 1, password: 'p' } }],
    ['an unknown field', { i: { email: 'a@example.org', password: 'p', admin: true } }],
  ])('answers %s with 400 and BAD_USER_INPUT, not an internal error', async (_what, variables) => {
    const response = await post(
      JSON.stringify({ query: 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', variables }),
    );
    expect(response.status).toBe(400);
    const json = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(json.data).toBeUndefined();
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0]?.message).toMatch(/^Variable "\$i"/);
  });
});
