import { graphql } from '../../gql';

/* The notification centre's and e-mail preferences' operations; code imports the generated constants from src/gql/graphql. */

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    category
    template
    title
    body
    link
    objectType
    objectId
    emailed
    createdAt
    readAt
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean, $locale: String) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly, locale: $locale) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const UnreadNotificationCountUpdatedSubscription = graphql(`
  subscription UnreadNotificationCountUpdated {
    unreadNotificationCountUpdated
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean, $locale: String) {
    markNotificationsRead(ids: $ids, all: $all, locale: $locale) {
      markedCount
      unreadCount
      notifications {
        ...NotificationFields
      }
    }
  }
`);

export const EmailPreferencesQuery = graphql(`
  query EmailPreferences {
    emailPreferences {
      category
      emailEnabled
      mandatory
    }
  }
`);

export const UpdateEmailPreferencesMutation = graphql(`
  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      category
      emailEnabled
      mandatory
    }
  }
`);
