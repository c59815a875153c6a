import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { onSubscriptionSocket } from '../../app/apollo';
import { ProgrammeInsightsUpdatedDocument, ProgrammeLiveCountersDocument } from '../../gql/graphql';

/**
 * The programme's live counters (intents, bids, deals, signings): read once from `programmeLiveCounters`, then
 * kept current by the `programmeInsightsUpdated` subscription, each push written over the same cache entry.
 * After the socket drops and comes back the counters are read again, since pushes made meanwhile were missed.
 */
export function useInsightsLive(programmeId: string) {
  const client = useApolloClient();
  const query = useQuery(ProgrammeLiveCountersDocument, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const [pushes, setPushes] = useState(0);
  const subscription = useSubscription(ProgrammeInsightsUpdatedDocument, {
    variables: { programmeId },
    onData: ({ data }) => {
      const counters = data.data?.programmeInsightsUpdated;
      if (!counters) return;
      client.cache.writeQuery({
        query: ProgrammeLiveCountersDocument,
        variables: { programmeId },
        data: { programmeLiveCounters: counters },
      });
      setPushes((n) => n + 1);
    },
  });
  const [interrupted, setInterrupted] = useState(false);
  const wasConnected = useRef(false);
  const { refetch } = query;
  useEffect(
    () =>
      onSubscriptionSocket((connected) => {
        if (connected) {
          if (wasConnected.current) void refetch().catch(() => undefined);
          wasConnected.current = true;
          setInterrupted(false);
        } else if (wasConnected.current) setInterrupted(true);
      }),
    [refetch],
  );
  return {
    counters: query.data?.programmeLiveCounters,
    /** How many pushes arrived while the page is open (0: nothing happened since it opened). */
    pushes,
    error: query.error ?? subscription.error,
    interrupted,
  };
}
