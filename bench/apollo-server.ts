// The ceiling for P3: Apollo Server on its own standalone HTTP server (no Nest, no guards, no logging),
// with a one-field schema answering the same JSON as the API's `currentActor`, and the options of the
// API's that change the cost of a request (cache hints off, CSRF prevention on).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'graphql';

const actor = JSON.parse(process.env['APOLLO_ACTOR'] ?? '{}') as Record<string, unknown>;
const schema = buildSchema(
  'type Actor { userId: ID! organizationId: ID! roles: [String!]! } type Query { currentActor: Actor }',
);
const server = new ApolloServer({
  schema,
  rootValue: { currentActor: () => actor },
  csrfPrevention: true,
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
void startStandaloneServer(server, { listen: { port: Number(process.env['PORT']), host: '127.0.0.1' } });
