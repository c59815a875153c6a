/**
 * What a message is about. Every e-mail template has one; a user may turn off the e-mail of any category
 * except SECURITY (the in-app notification is always kept).
 */
export enum NotificationCategory {
  /** Account and security: invitations, password resets, delivery tests. Always e-mailed. */
  SECURITY = 'SECURITY',
  /** Call for projects: submissions, withdrawals, nominations (applicants). */
  INTAKE = 'INTAKE',
  /** Screening results: advanced, shortlisted, not selected (applicants). */
  SCREENING = 'SCREENING',
  /** Review work: assignments and deadline reminders (reviewers). */
  REVIEWING = 'REVIEWING',
  /** Roadshow invitations and reminders (presenters, commentators, partners). */
  ROADSHOW = 'ROADSHOW',
  /** Matchmaking: bids received, answered or expired; committed intents. */
  MATCHING = 'MATCHING',
  /** Deals and agreements: agreements recorded, follow-up reminders. */
  DEALS = 'DEALS',
}

export const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = Object.values(NotificationCategory);

/** Categories whose e-mail cannot be turned off. */
export const MANDATORY_CATEGORIES: readonly NotificationCategory[] = [NotificationCategory.SECURITY];
