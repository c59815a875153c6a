/**
 * Matchmaking after the shortlist: who the partners are, the intents they record on a project, the sealed
 * bids they place and the agreements that follow. Pure; shared by the API, the worker and the web.
 */

/** What a partner is: an investor (capital), an industrial park (land, space, incentives) or an enterprise. */
export enum PartnerKind {
  INVESTOR = 'INVESTOR',
  PARK = 'PARK',
  ENTERPRISE = 'ENTERPRISE',
}
export const PARTNER_KINDS: readonly PartnerKind[] = Object.values(PartnerKind);

/** What a partner intends to do with a project. One intent per (partner, project, kind). */
export enum IntentKind {
  INVESTMENT = 'INVESTMENT',
  TECH_COOPERATION = 'TECH_COOPERATION',
  /** Settle the project in a park. */
  LANDING = 'LANDING',
  PROCUREMENT = 'PROCUREMENT',
  LICENSING = 'LICENSING',
}
export const INTENT_KINDS: readonly IntentKind[] = Object.values(IntentKind);

/** How firm an intent is, weakest first. `COMMITTED` is binding and shown to the applicant. */
export enum IntentLevel {
  OBSERVING = 'OBSERVING',
  CONSIDERING = 'CONSIDERING',
  COMMITTED = 'COMMITTED',
}
export const INTENT_LEVELS: readonly IntentLevel[] = Object.values(IntentLevel);

/**
 * Whether an intent may change from one level to another. Up the ladder freely (also skipping a rung);
 * down only from `CONSIDERING` to `OBSERVING`; `COMMITTED` is binding and never goes down. Staying on the
 * same level is not a move.
 */
export function canMoveIntent(from: IntentLevel, to: IntentLevel): boolean {
  if (from === to) return false;
  if (INTENT_LEVELS.indexOf(to) > INTENT_LEVELS.indexOf(from)) return true;
  return from === IntentLevel.CONSIDERING && to === IntentLevel.OBSERVING;
}

/** Whether the applicant may see an intent at this level (organizers see every level). */
export function isVisibleToApplicant(level: IntentLevel): boolean {
  return level === IntentLevel.COMMITTED;
}

/** Where an intent was recorded: from the handbook, during a live roadshow slot, from a recommendation. */
export enum IntentSource {
  HANDBOOK = 'HANDBOOK',
  ROADSHOW = 'ROADSHOW',
  RECOMMENDATION = 'RECOMMENDATION',
  OTHER = 'OTHER',
}
export const INTENT_SOURCES: readonly IntentSource[] = Object.values(IntentSource);

/**
 * A sealed bid's state. `SUBMITTED` is the only live state (a revision keeps it `SUBMITTED` and keeps the
 * earlier terms as history); every other state is final.
 */
export enum BidStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
export const BID_STATUSES: readonly BidStatus[] = Object.values(BidStatus);

/**
 * The moves a bid may make: the applicant accepts or declines a submitted bid, the partner withdraws it,
 * or the expiry job expires it once its valid-until has passed. Nothing leaves a final state.
 */
export const BID_TRANSITIONS: Readonly<Record<BidStatus, readonly BidStatus[]>> = {
  [BidStatus.SUBMITTED]: [BidStatus.ACCEPTED, BidStatus.DECLINED, BidStatus.WITHDRAWN, BidStatus.EXPIRED],
  [BidStatus.ACCEPTED]: [],
  [BidStatus.DECLINED]: [],
  [BidStatus.WITHDRAWN]: [],
  [BidStatus.EXPIRED]: [],
};

export function canMoveBid(from: BidStatus, to: BidStatus): boolean {
  return BID_TRANSITIONS[from].includes(to);
}

/** A live bid may be revised, answered or withdrawn; a partner holds at most one per project. */
export function isLiveBid(status: BidStatus): boolean {
  return status === BidStatus.SUBMITTED;
}

/** The follow-up pipeline of one (project, partner) pair, in order, then `DROPPED` outside the order. */
export enum DealStage {
  INTENT = 'INTENT',
  CONTACTED = 'CONTACTED',
  MEETING = 'MEETING',
  DUE_DILIGENCE = 'DUE_DILIGENCE',
  NDA = 'NDA',
  MOU = 'MOU',
  SIGNED = 'SIGNED',
  LANDED = 'LANDED',
  DROPPED = 'DROPPED',
}
export const DEAL_STAGES: readonly DealStage[] = Object.values(DealStage);
/** The ordered stages, `INTENT` to `LANDED` (without `DROPPED`). */
export const DEAL_PIPELINE: readonly DealStage[] = DEAL_STAGES.filter((s) => s !== DealStage.DROPPED);

/** What a logged deal activity was. */
export enum ActivityKind {
  NOTE = 'NOTE',
  CALL = 'CALL',
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
}
export const ACTIVITY_KINDS: readonly ActivityKind[] = Object.values(ActivityKind);

/** What a signed agreement is about. */
export enum AgreementKind {
  COOPERATION = 'COOPERATION',
  INVESTMENT = 'INVESTMENT',
  LANDING = 'LANDING',
  LICENSING = 'LICENSING',
  TALENT = 'TALENT',
}
export const AGREEMENT_KINDS: readonly AgreementKind[] = Object.values(AgreementKind);

/** How a signing ceremony is held: remotely ("cloud signing") or in one place. */
export enum CeremonyMode {
  CLOUD = 'CLOUD',
  ON_SITE = 'ON_SITE',
}
export const CEREMONY_MODES: readonly CeremonyMode[] = Object.values(CeremonyMode);
