/** English strings of the notification centre and the e-mail preferences. */
export const notificationsStringsEn = {
  bell: {
    title: 'Notifications',
    markAll: 'Mark all read',
    viewAll: 'View all notifications',
    empty: 'You are all caught up.',
    offline: 'Live updates paused: reconnecting…',
  },
  page: {
    title: 'Notifications',
    intro:
      'What the platform told you: a copy of every e-mail sent to you, in your language, also when you turned that kind of e-mail off.',
    all: 'All',
    unread: 'Unread',
    unreadCount: '{{count}} unread',
    markAll: 'Mark all read',
    markRead: 'Mark read',
    open: 'Open',
    read: 'Read',
    notEmailed: 'Not e-mailed (your preference)',
    empty: 'No notifications yet.',
    emptyUnread: 'No unread notifications.',
    loadMore: 'Load more',
    shown: '{{shown}} of {{total}}',
    preferences: 'E-mail preferences',
  },
  category: {
    SECURITY: 'Account and security',
    INTAKE: 'Project submissions',
    SCREENING: 'Screening results',
    REVIEWING: 'Review work',
    ROADSHOW: 'Roadshows',
    MATCHING: 'Matchmaking',
    DEALS: 'Deals and agreements',
  },
  categoryHint: {
    SECURITY: 'Invitations, password resets and delivery tests.',
    INTAKE: 'Projects submitted, withdrawn or nominated.',
    SCREENING: 'A project advanced, was shortlisted or was not selected.',
    REVIEWING: 'New review assignments and deadline reminders.',
    ROADSHOW: 'Roadshow invitations, pitch times and reminders.',
    MATCHING: 'Bids received, answered or expired; committed intents.',
    DEALS: 'Agreements recorded and follow-up reminders of deals.',
  },
  preferences: {
    title: 'E-mail preferences',
    intro:
      'Choose which e-mails you receive. Everything still appears under Notifications (the bell), whatever you choose here. The choice applies in all your organisations.',
    on: 'On',
    off: 'Off',
    locked:
      'Always on: account and security e-mails cannot be turned off, so you never miss an invitation or a password reset.',
    saved: 'Saved: {{category}} e-mails are {{state}}.',
    stateOn: 'on',
    stateOff: 'off',
    mandatory: 'Security e-mails cannot be turned off.',
  },
};
