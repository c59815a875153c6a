import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Actor } from '@sixcan/domain';
import {
  AccessTokens,
  AppConfig,
  complexityPlugin,
  formatGraphqlError,
  GraphqlContext,
  limitRules,
  Loaders,
} from '@sixcan/server-core';

/** What graphql-ws hands the context function of a subscription: the connection's params and state. */
interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { actor?: Actor };
}

/** The actor of a graphql-ws connection: `connectionParams.authorization` carries `Bearer <access token>`. */
export function socketActor(tokens: AccessTokens, params: Readonly<Record<string, unknown>> | undefined) {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  const match = /^Bearer\s+(\S+)$/i.exec(typeof value === 'string' ? value : '');
  return match?.[1] ? tokens.verify(match[1]) : undefined;
}

/**
 * Apollo settings: limits before resolvers, one error mapping, per-request loaders. Subscriptions use
 * graphql-ws on the same path; a connection must authenticate with the same access token as HTTP requests
 * (refused otherwise), and the usual guards then apply to each subscription.
 */
export function graphqlOptions(config: AppConfig, tokens: AccessTokens): ApolloDriverConfig {
  const env = config.env;
  const production = config.isProduction;
  const formatError = formatGraphqlError(production);
  return {
    autoSchemaFile: env.GRAPHQL_SCHEMA_FILE ?? true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards'],
    parseOptions: { maxTokens: env.GRAPHQL_MAX_TOKENS },
    validationRules: limitRules({
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
    }),
    // Cache hints are never used (answers are per actor): the cache-control plugin would only cost time per field.
    plugins: [complexityPlugin(env.GRAPHQL_MAX_COMPLEXITY), ApolloServerPluginCacheControlDisabled()],
    formatError,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx) => {
          const actor = socketActor(tokens, ctx.connectionParams);
          if (!actor) return false; // closes the socket: 4403 Forbidden
          (ctx.extra as SocketContext['extra']).actor = actor;
          return true;
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
