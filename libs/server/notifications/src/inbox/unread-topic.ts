/** The topic on which a user's unread count changes are announced; the payload names the organisation. */
export const unreadTopic = (userId: string) => `notifications.unread:${userId}`;

export interface UnreadChanged {
  /** The organisation of the notifications that changed; null for account notifications (every organisation). */
  organizationId: string | null;
}
