import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { onSubscriptionSocket } from '../../app/apollo';
import { RoadshowLiveDocument, RoadshowUpdatedDocument } from '../../gql/graphql';

/**
 * The live state of a roadshow: first painted from `roadshowLive`, then kept current by the `roadshowUpdated`
 * subscription (every push is the whole state, written over the same cache entry). After the socket drops and
 * comes back, the state is read once more, since pushes made meanwhile were missed.
 */
export function useRoadshowLive(roadshowId: string) {
  const client = useApolloClient();
  const query = useQuery(RoadshowLiveDocument, {
    variables: { roadshowId },
    fetchPolicy: 'cache-and-network',
  });
  const subscription = useSubscription(RoadshowUpdatedDocument, {
    variables: { roadshowId },
    onData: ({ data }) => {
      const state = data.data?.roadshowUpdated;
      if (state)
        client.cache.writeQuery({
          query: RoadshowLiveDocument,
          variables: { roadshowId },
          data: { roadshowLive: state },
        });
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
    live: query.data?.roadshowLive,
    error: query.error,
    subscriptionError: subscription.error,
    interrupted,
    refetch: () => void refetch().catch(() => undefined),
  };
}
