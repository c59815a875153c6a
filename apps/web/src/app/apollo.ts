import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Cache policies. Lists in the SixCan API are Relay connections (edges/node/cursor/pageInfo/totalCount);
 * register each connection field here with `connectionField([...keyArgs])` as it appears in
 * apps/api/schema.gql, so `fetchMore` pages merge into one list per set of filter arguments, e.g.
 *   Query: { fields: { <connectionField>: connectionField(['<filter arg>', ...]) } }
 */
const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // Relay connection fields go here.
    },
  },
  // One status per API: store it as a singleton so a refetch updates the same cache entry.
  SystemStatus: { keyFields: [] },
};

/** Field policy for a Relay connection; keyArgs are the arguments that select a different list. */
export function connectionField(keyArgs: string[] | false = false) {
  return relayStylePagination(keyArgs);
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      // The API runs Apollo Server's CSRF prevention: a non-simple header makes every request preflighted.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({ typePolicies }),
    devtools: { enabled: import.meta.env.DEV },
  });
}
