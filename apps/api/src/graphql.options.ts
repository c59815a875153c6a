import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { Actor } from '@sixcan/domain';
import {
  AccessTokens,
  AppConfig,
  checkSocketOperation,
  complexityPlugin,
  formatGraphqlError,
  GraphqlContext,
  httpOperationPlugin,
  limitRules,
  Loaders,
  StrictDateTime,
} from '@sixcan/server-core';

/** What graphql-ws hands the context function of a subscription: the connection's params and state. */
interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: {
    actor?: Actor;
    socket?: { close(code?: number, reason?: string): void };
    expiry?: ReturnType<typeof setTimeout>;
  };
}

/** The actor of a graphql-ws connection: `connectionParams.authorization` carries `Bearer <access token>`. */
export function socketActor(tokens: AccessTokens, params: Readonly<Record<string, unknown>> | undefined) {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  const match = /^Bearer\s+(\S+)$/i.exec(typeof value === 'string' ? value : '');
  return match?.[1] ? tokens.verify(match[1]) : undefined;
}

/** Milliseconds until the (already verified) bearer token of `connectionParams` expires. */
function socketTokenLifetime(params: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  const payload = typeof value === 'string' ? value.split('.')[1] : undefined;
  try {
    const exp = payload
      ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: unknown }).exp
      : 0;
    return typeof exp === 'number' ? exp * 1000 - Date.now() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Apollo settings: limits before resolvers, one error mapping, per-request loaders. Subscriptions use
 * graphql-ws on the same path; a connection must authenticate with the same access token as HTTP requests
 * (refused otherwise), and is closed (4403, the client reconnects with a fresh token) when that token expires.
 * Each subscription is checked again for the token and gets the same limits as an HTTP request (tokens, depth,
 * aliases, complexity, no introspection or suggestions in production) before any resolver; the usual guards
 * then apply.
 */
export function graphqlOptions(config: AppConfig, tokens: AccessTokens): ApolloDriverConfig {
  const env = config.env;
  const production = config.isProduction;
  const formatError = formatGraphqlError(production);
  const limits = {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
  };
  // The executable schema Apollo serves (the same one graphql-ws runs), for checking socket operations.
  let schema: GraphQLSchema | undefined;
  const schemaCapture: ApolloServerPlugin = {
    serverWillStart: async (service) => {
      schema = service.schema;
    },
  };
  return {
    autoSchemaFile: env.GRAPHQL_SCHEMA_FILE ?? true,
    sortSchema: true,
    // Dates are checked on the way in (Nest's built-in DateTime lets any value through).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards'],
    parseOptions: { maxTokens: env.GRAPHQL_MAX_TOKENS },
    validationRules: limitRules(limits),
    // Cache hints are never used (answers are per actor): the cache-control plugin would only cost time per field.
    plugins: [
      httpOperationPlugin(),
      complexityPlugin(env.GRAPHQL_MAX_COMPLEXITY),
      ApolloServerPluginCacheControlDisabled(),
      schemaCapture,
    ],
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx) => {
          const actor = socketActor(tokens, ctx.connectionParams);
          if (!actor) return false; // closes the socket: 4403 Forbidden
          const extra = ctx.extra as SocketContext['extra'];
          extra.actor = actor;
          const lifetime = socketTokenLifetime(ctx.connectionParams);
          if (lifetime !== undefined) {
            extra.expiry = setTimeout(
              () => extra.socket?.close(CloseCode.Forbidden, 'Access token expired'),
              Math.max(0, Math.min(lifetime, 2 ** 31 - 1)),
            );
            extra.expiry.unref();
          }
          return true;
        },
        onClose: (ctx) => clearTimeout((ctx.extra as SocketContext['extra']).expiry),
        onSubscribe: (ctx, _id, payload) => {
          if (!socketActor(tokens, ctx.connectionParams))
            return [new GraphQLError('Sign in again', { extensions: { code: 'UNAUTHENTICATED' } })];
          if (!schema)
            return [new GraphQLError('Not ready', { extensions: { code: 'SERVICE_UNAVAILABLE' } })];
          return checkSocketOperation(schema, payload, { limits, production });
        },
        // Results over the socket get the same error mapping as over HTTP (domain codes, hidden internals).
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
            : undefined,
      },
    },
    context: (ctx: { req: GraphqlContext['req'] } | SocketContext): GraphqlContext =>
      'req' in ctx
        ? { req: ctx.req, loaders: new Loaders() }
        : { req: { actor: ctx.extra.actor, headers: {} }, loaders: new Loaders() },
  };
}
