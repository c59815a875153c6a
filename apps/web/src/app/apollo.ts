import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { OperationTypeNode } from 'graphql';
import { authLink } from '../features/identity/auth-link';
import {
  accessTokenExpiresSoon,
  currentAccessToken,
  getSessionState,
  readRefreshToken,
  refreshSession,
  subscribeSession,
} from '../features/identity/session-store';

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
      roadshows: connectionField(['programmeId']),
      handbookJobs: connectionField(['programmeId']),
      programmeReports: connectionField(['programmeId']),
      auditEvents: connectionField(['action', 'objectType', 'objectId', 'actorUserId', 'from', 'to']),
      projectHistory: connectionField(['projectId']),
      notifications: connectionField(['unreadOnly', 'locale']),
      webhookEndpoints: connectionField(),
      // `first` too: each endpoint's latest delivery (first: 1) is its own list, apart from the paged log.
      webhookDeliveries: connectionField(['endpointId', 'status', 'first']),
    },
  },
  // The live console's state: the first answer and every pushed update land on one cache entry.
  RoadshowLiveState: { keyFields: ['roadshowId'] },
  // The dashboard's figures and live counters: one cache entry per programme, so Refresh and every push
  // replace what is shown.
  ProgrammeInsights: { keyFields: ['programmeId'] },
  InsightsLiveCounters: { keyFields: ['programmeId'] },
  // A member is one user in the current organisation.
  Member: { keyFields: ['userId'] },
  // One status per API: store it as a singleton so a refetch updates the same cache entry.
  SystemStatus: { keyFields: [] },
};

/** Field policy for a Relay connection; keyArgs are the arguments that select a different list. */
export function connectionField(keyArgs: string[] | false = false) {
  return relayStylePagination(keyArgs);
}

type SocketListener = (connected: boolean) => void;
const socketListeners = new Set<SocketListener>();

/** Hears when the subscription socket connects (again) or closes, e.g. to reload after a gap. */
export function onSubscriptionSocket(listener: SocketListener): () => void {
  socketListeners.add(listener);
  return () => socketListeners.delete(listener);
}

/** Who the socket speaks for: a new sign-in or organisation needs a new connection. */
function sessionKey(): string {
  const state = getSessionState();
  return state.status === 'authenticated' ? `${state.me.user.id}/${state.me.organization.id}` : '';
}

/**
 * graphql-ws on the same origin's /graphql (vite and nginx proxy the upgrade). Lazy: the socket opens with the
 * first subscription and closes after the last. It authenticates with the access token in `connectionParams`
 * (refreshed first when it is about to expire); refused or dropped connections are retried.
 */
function createSubscriptionClient(): Client {
  const { protocol, host } = window.location;
  let socket: { close: (code?: number, reason?: string) => void } | undefined;
  const client = createClient({
    url: `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`,
    connectionParams: async () => {
      if (accessTokenExpiresSoon() && readRefreshToken()) await refreshSession();
      const token = currentAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: 1_000,
    shouldRetry: () => true,
    // Back off up to 15 s between attempts (graphql-ws's own backoff keeps doubling).
    retryWait: (retries) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000) + Math.random() * 500),
      ),
    keepAlive: 20_000,
    on: {
      connected: (opened) => {
        socket = opened as typeof socket;
        for (const listener of socketListeners) listener(true);
      },
      closed: () => {
        socket = undefined;
        for (const listener of socketListeners) listener(false);
      },
    },
  });
  let key = sessionKey();
  subscribeSession(() => {
    const next = sessionKey();
    if (next === key) return;
    key = next;
    // Another user or organisation: reconnect with the new token (subscriptions are resumed by graphql-ws).
    if (socket) client.terminate();
  });
  return client;
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // The API runs Apollo Server's CSRF prevention: a non-simple header makes every request preflighted.
    headers: { 'apollo-require-preflight': 'true' },
  });
  const ws = new GraphQLWsLink(createSubscriptionClient());
  return new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      ws,
      ApolloLink.from([authLink, http]),
    ),
    cache: new InMemoryCache({ typePolicies }),
    devtools: { enabled: import.meta.env.DEV },
  });
}
