import { ApiHarness, startApi } from '@sixcan/server-testing';
import { Agent, request } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createApi } from './bootstrap';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }));
});
afterAll(() => api.close());

const QUERY = JSON.stringify({ query: '{ systemStatus { status } }' });
const json = { 'content-type': 'application/json' };

/** A raw request (chunked when no content-length is given), answered with its status, headers and body. */
function raw(
  headers: Record<string, string>,
  chunks: (string | Buffer)[],
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: '/graphql', method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('POST /graphql with a JSON body (served before the Express stack)', () => {
  it('answers with a request id: the client’s when it is sane, a new one otherwise', async () => {
    const mine = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { ...json, 'x-request-id': 'nginx-1234.abc' },
      body: QUERY,
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('x-request-id')).toBe('nginx-1234.abc');
    expect(await mine.json()).toEqual({ data: { systemStatus: { status: 'UP' } } });
    const insane = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { ...json, 'x-request-id': 'no spaces <allowed>' },
      body: QUERY,
    });
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // The same as the Express stack gives other requests.
    const health = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'probe-1' } });
    expect(health.headers.get('x-request-id')).toBe('probe-1');
  });

  it('refuses a chunked body over the limit (no content-length) with 413, and bad JSON with 400', async () => {
    const big = await raw({ ...json, 'transfer-encoding': 'chunked' }, [
      '{"query":"{ systemStatus { status } }","x":"',
      ...Array.from({ length: 20 }, () => 'x'.repeat(64 * 1024)),
      '"}',
    ]);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await raw(json, ['{"query": "{ systemStatus { status } }"']);
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    // JSON that is not an operation: Apollo's own 400.
    const notAnObject = await raw(json, ['"{ systemStatus { status } }"']);
    expect(notAnObject.status).toBe(400);
  });

  it('refuses a document nested past what the parser can walk before parsing it', async () => {
    const deep = `{ ${'systemStatus { '.repeat(120)}status${' }'.repeat(120)} }`;
    const response = await raw(json, [JSON.stringify({ query: deep })]);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('leaves compressed bodies, other charsets and GET to the Express stack', async () => {
    const gzipped = await raw({ ...json, 'content-encoding': 'gzip' }, [gzipSync(QUERY)]);
    expect(gzipped.status).toBe(200);
    expect(JSON.parse(gzipped.body)).toEqual({ data: { systemStatus: { status: 'UP' } } });
    // Read as UTF-16 by Express's JSON parser: these UTF-8 bytes are not JSON then.
    const utf16 = await raw({ 'content-type': 'application/json; charset=utf-16' }, [QUERY]);
    expect(utf16.status).toBe(400);
    expect(JSON.parse(utf16.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ systemStatus { status } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { systemStatus: { status: 'UP' } } });
  });
});

describe('keep-alive connections', () => {
  it('stay open longer than a load balancer’s idle timeout, and a stop closes idle ones at once', async () => {
    const own = await startApi(() => createApi({ logs: false }));
    const { hostname, port } = new URL(own.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const answer = await new Promise<{ keepAlive: unknown; socket: Socket }>((resolve, reject) => {
      const req = request(
        { host: hostname, port, path: '/graphql', method: 'POST', headers: json, agent },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolve({ keepAlive: res.headers['keep-alive'], socket: req.socket as Socket }),
          );
        },
      );
      req.on('error', reject);
      req.end(QUERY);
    });
    // Node's own default (5 s) is below the 60 s of most proxies: they would send on a closing connection.
    expect(answer.keepAlive).toBe('timeout=65');
    const closed = new Promise<number>((resolve) => answer.socket.once('close', () => resolve(Date.now())));
    const stopping = Date.now();
    await own.close();
    expect((await closed) - stopping).toBeLessThan(5000);
    agent.destroy();
  });
});
