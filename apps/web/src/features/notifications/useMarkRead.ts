import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useAppLanguage } from '../../app/i18n/useAppLanguage';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../gql/graphql';

/**
 * Marks notifications read (some by id, or all) and keeps the cache in step: the named ones come back read,
 * the unread count is the server's answer, and after "all" the lists on screen are read again.
 */
export function useMarkRead() {
  const client = useApolloClient();
  const locale = useAppLanguage();
  const [mutate, { loading }] = useMutation(MarkNotificationsReadDocument);

  const markRead = useCallback(
    async (target: { ids: string[] } | { all: true }) => {
      const { data } = await mutate({
        variables: 'all' in target ? { all: true, locale } : { ids: target.ids, locale },
      });
      const answer = data?.markNotificationsRead;
      if (!answer) return;
      client.cache.writeQuery({
        query: UnreadNotificationCountDocument,
        data: { unreadNotificationCount: answer.unreadCount },
      });
      if ('all' in target)
        await client.refetchQueries({ include: [NotificationsDocument] }).catch(() => undefined);
    },
    [client, locale, mutate],
  );
  return { markRead, marking: loading };
}
