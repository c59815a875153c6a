import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { onSubscriptionSocket } from '../../app/apollo';
import {
  NotificationsDocument,
  UnreadNotificationCountDocument,
  UnreadNotificationCountUpdatedDocument,
} from '../../gql/graphql';

/** While the socket is down (or refused), the count is read this often instead. */
const POLL_MS = 60_000;

/**
 * The signed-in user's unread count, live: read once, then pushed by `unreadNotificationCountUpdated` over the
 * graphql-ws link and written over the same cache entry. When the socket is down the count is polled, and when a
 * push raises it the open notification lists are read again so the new notification shows.
 */
export function useUnreadCount(): { count: number; live: boolean; interrupted: boolean } {
  const client = useApolloClient();
  const [connected, setConnected] = useState(false);
  const [interrupted, setInterrupted] = useState(false);
  const wasConnected = useRef(false);
  const subscription = useSubscription(UnreadNotificationCountUpdatedDocument, {
    onData: ({ data }) => {
      const next = data.data?.unreadNotificationCountUpdated;
      if (typeof next !== 'number') return;
      client.cache.writeQuery({
        query: UnreadNotificationCountDocument,
        data: { unreadNotificationCount: next },
      });
    },
  });
  const live = connected && !subscription.error;
  const query = useQuery(UnreadNotificationCountDocument, {
    fetchPolicy: 'cache-and-network',
    pollInterval: live ? 0 : POLL_MS,
  });
  const count = query.data?.unreadNotificationCount ?? 0;
  const last = useRef<number | undefined>(undefined);

  const { refetch } = query;
  useEffect(
    () =>
      onSubscriptionSocket((open) => {
        setConnected(open);
        setInterrupted(!open && wasConnected.current);
        // Pushes made while the socket was down were missed: read the count again.
        if (open && wasConnected.current) void refetch().catch(() => undefined);
        if (open) wasConnected.current = true;
      }),
    [refetch],
  );

  // A higher count means a new notification: refresh the lists on screen (the dropdown, the centre).
  useEffect(() => {
    const previous = last.current;
    last.current = count;
    if (previous !== undefined && count > previous)
      void client.refetchQueries({ include: [NotificationsDocument] }).catch(() => undefined);
  }, [client, count]);

  return { count, live, interrupted: interrupted || Boolean(subscription.error) };
}
