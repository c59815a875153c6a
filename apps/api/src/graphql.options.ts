import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import {
  AppConfig,
  complexityPlugin,
  formatGraphqlError,
  GraphqlContext,
  limitRules,
  Loaders,
} from '@sixcan/server-core';

/** Apollo settings: limits before resolvers, one error mapping, per-request loaders. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const env = config.env;
  const production = config.isProduction;
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
    formatError: formatGraphqlError(production),
    context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({ req, loaders: new Loaders() }),
  };
}
