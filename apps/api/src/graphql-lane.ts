import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ApolloDriver } from '@nestjs/apollo';
import { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphqlContext, Loaders, requestIdOf, sourceNestingDepth, WALK_LIMIT } from '@sixcan/server-core';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { PinoLogger } from 'nestjs-pino';
import { storage, Store } from 'nestjs-pino/storage';
import proxyAddr from 'proxy-addr';
import {
  BODY_LIMIT_BYTES,
  deepDocumentAnswer,
  ErrorAnswer,
  invalidJsonAnswer,
  tooLargeAnswer,
} from './body-parsing';
import { TRUST_PROXY } from './http-settings';

const trusted = proxyAddr.compile(TRUST_PROXY);

/**
 * `POST /graphql` with a JSON body, the API's hot path, served by Apollo straight from the HTTP server: the
 * request id, request logging, the body limit, the nesting check and the client address (behind the same
 * trusted proxies) as the Express stack gives every other request, without its router and middleware chain
 * (which cost three quarters of a small query's time). Everything else (GET and multipart GraphQL, files,
 * health, the queue board) still goes through Express.
 */
export function serveGraphqlFirst(app: INestApplication, path = '/graphql'): void {
  const driver = app.get(GraphQLModule).graphQlAdapter as ApolloDriver;
  const apollo = driver.instance as ApolloServer<BaseContext> | undefined;
  const server = app.getHttpServer() as Server;
  const express = app.getHttpAdapter().getInstance() as RequestListener;
  if (!apollo || !server.listeners('request').includes(express))
    throw new Error('serveGraphqlFirst: call it after app.init()');
  // Only Express's listener is replaced: others (Apollo's drain, counting requests per socket for a graceful
  // stop) keep hearing every request.
  server.removeListener('request', express);
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (
      req.method === 'POST' &&
      pathOf(req.url) === path &&
      isJson(req.headers['content-type']) &&
      !req.headers['content-encoding'] // compressed bodies: Express inflates them
    )
      void handle(apollo, req, res);
    else express(req, res);
  });
}

function pathOf(url = ''): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** `application/json`, with no charset or UTF-8 (what the JSON body parser accepts for GraphQL). */
function isJson(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.toLowerCase().split(';');
  if (type?.trim() !== 'application/json') return false;
  return params.every((p) => {
    const [name, value] = p.split('=').map((s) => s.trim());
    return name !== 'charset' || value === 'utf-8' || value === '"utf-8"';
  });
}

async function handle(apollo: ApolloServer<BaseContext>, req: IncomingMessage, res: ServerResponse) {
  const started = Date.now();
  const id = requestIdOf(req.headers['x-request-id']);
  res.setHeader('x-request-id', id);
  res.once('close', () => logCompleted(req, res, id, started));
  // Service log lines written while serving it carry the request id, as on the Express stack.
  const logger = PinoLogger.root.child({ req: { id } });
  await storage.run(new Store(logger), () => run(apollo, req, res, logger));
}

async function run(
  apollo: ApolloServer<BaseContext>,
  req: IncomingMessage,
  res: ServerResponse,
  logger: PinoLogger['logger'],
): Promise<void> {
  try {
    const body = await readJson(req);
    if ('answer' in body) return answer(res, body.answer);
    const query = (body.value as { query?: unknown } | null)?.query;
    if (typeof query === 'string' && sourceNestingDepth(query, WALK_LIMIT) > WALK_LIMIT)
      return answer(res, deepDocumentAnswer(WALK_LIMIT));
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const context: GraphqlContext = {
      req: {
        headers: req.headers,
        // Only the attempt limits ask for it.
        get ip() {
          return proxyAddr(req, trusted);
        },
      },
      loaders: new Loaders(),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: body.value },
      context: async () => context,
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(result.body.string));
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    logger.error({ err: error }, 'GraphQL request failed');
    if (!res.headersSent)
      answer(res, { status: 500, message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
    else res.destroy();
  }
}

/**
 * The body as JSON, or the answer that refuses it (too large, not JSON), the same as the Express stack's.
 * Reading stops at the limit: the refusal closes the connection rather than drain the rest.
 */
function readJson(req: IncomingMessage): Promise<{ value: unknown } | { answer: ErrorAnswer }> {
  if (Number(req.headers['content-length']) > BODY_LIMIT_BYTES)
    return Promise.resolve({ answer: tooLargeAnswer(BODY_LIMIT_BYTES) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) return void chunks.push(chunk);
      req.off('data', onData).pause();
      resolve({ answer: tooLargeAnswer(BODY_LIMIT_BYTES) });
    };
    req.on('data', onData);
    // A client that went away mid-body hears nothing either way.
    req.on('error', () => resolve({ answer: invalidJsonAnswer() }));
    req.on('end', () => {
      try {
        resolve({ value: JSON.parse(Buffer.concat(chunks, size).toString('utf8')) });
      } catch {
        resolve({ answer: invalidJsonAnswer() });
      }
    });
  });
}

function answer(res: ServerResponse, refusal: ErrorAnswer): void {
  const body = JSON.stringify({
    errors: [{ message: refusal.message, extensions: { code: refusal.code } }],
  });
  res.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    // The rest of a body too large to read is not read: this connection cannot carry another request.
    ...(refusal.status === 413 ? { connection: 'close' } : {}),
  });
  res.end(body);
}

/** The line the Express stack's request logging writes for every request (at info). */
function logCompleted(req: IncomingMessage, res: ServerResponse, id: string, started: number): void {
  const logger = PinoLogger.root;
  if (!logger.isLevelEnabled('info')) return;
  const fields = {
    req: { id, method: req.method, url: req.url, remoteAddress: req.socket.remoteAddress },
    res: { statusCode: res.statusCode },
    responseTime: Date.now() - started,
  };
  if (res.statusCode >= 500) logger.error(fields, 'request errored');
  else logger.info(fields, 'request completed');
}
