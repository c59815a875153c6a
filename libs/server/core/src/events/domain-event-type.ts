/**
 * The state changes other systems hear about (webhooks, live dashboards). The value is the event's `type` in
 * stored events and webhook bodies; GraphQL shows the key (e.g. `BID_PLACED` for `bid.placed`).
 */
export enum DomainEventType {
  /** An applicant (or organizer) submitted a project: DRAFT → SUBMITTED. Data: the project. */
  PROJECT_SUBMITTED = 'project.submitted',
  /** A closed screening round was decided and its projects moved. Data: the round. */
  ROUND_DECIDED = 'round.decided',
  /** A partner recorded an intent on a project (a new one, or recorded again with a change). Data: the intent. */
  INTENT_RECORDED = 'intent.recorded',
  /** A partner placed a sealed bid. Data: the bid with its history. */
  BID_PLACED = 'bid.placed',
  /** A partner revised the terms of its live bid. Data: the bid with its history. */
  BID_REVISED = 'bid.revised',
  /** A partner withdrew its live bid. Data: the bid. */
  BID_WITHDRAWN = 'bid.withdrawn',
  /** The applicant (or an organizer) accepted or declined a bid. Data: the bid. */
  BID_ANSWERED = 'bid.answered',
  /** A deal moved to another stage of the pipeline. Data: the deal. */
  DEAL_MOVED = 'deal.moved',
  /** The agreement of a deal was recorded. Data: the agreement. */
  AGREEMENT_RECORDED = 'agreement.recorded',
}

export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.values(DomainEventType);

export function isDomainEventType(value: string): value is DomainEventType {
  return (DOMAIN_EVENT_TYPES as readonly string[]).includes(value);
}

/** The type of the ping `sendTestWebhook` sends: stored like an event, never fanned out to subscribers. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';
