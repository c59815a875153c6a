import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { authLink } from '../features/identity/auth-link';

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
      members: connectionField(),
      invitations: connectionField(),
      publishedProjects: connectionField(['filter']),
      savedProjects: connectionField(['partnerId']),
      intents: connectionField(['partnerId', 'projectId']),
      bids: connectionField(['partnerId', 'projectId', 'status']),
      deals: connectionField(['filter']),
      agreements: connectionField(['ceremonyId']),
      ceremonies: connectionField(),
    },
  },
  // A member is one user in the current organisation.
  Member: { keyFields: ['userId'] },
  // One status per API: store it as a singleton so a refetch updates the same cache entry.
  SystemStatus: { keyFields: [] },
};

/** Field policy for a Relay connection; keyArgs are the arguments that select a different list. */
export function connectionField(keyArgs: string[] | false = false) {
  return relayStylePagination(keyArgs);
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API runs Apollo Server's CSRF prevention: a non-simple header makes every request preflighted.
    headers: { 'apollo-require-preflight': 'true' },
  });
  return new ApolloClient({
    link: ApolloLink.from([authLink, http]),
    cache: new InMemoryCache({ typePolicies }),
    devtools: { enabled: import.meta.env.DEV },
  });
}
