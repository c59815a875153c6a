/**
 * The roadshow's states and codes: how an event is held, the event and slot ladders, how a pitch is
 * delivered, and the codes the planner uses to explain slots and warn about them. Pure.
 */

/** How a roadshow event is held. */
export enum RoadshowMode {
  ONLINE = 'ONLINE',
  ON_SITE = 'ON_SITE',
  HYBRID = 'HYBRID',
}
export const ROADSHOW_MODES: readonly RoadshowMode[] = Object.values(RoadshowMode);

export enum RoadshowStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
}
export const ROADSHOW_STATUSES: readonly RoadshowStatus[] = Object.values(RoadshowStatus);

/**
 * The event ladder: one rung at a time (`DRAFT → PUBLISHED → LIVE → ENDED`, no skipping), and a published
 * event may go back to `DRAFT` (unpublished to re-plan) until it goes live. `ENDED` is final.
 */
export const ROADSHOW_TRANSITIONS: Readonly<Record<RoadshowStatus, readonly RoadshowStatus[]>> = {
  [RoadshowStatus.DRAFT]: [RoadshowStatus.PUBLISHED],
  [RoadshowStatus.PUBLISHED]: [RoadshowStatus.LIVE, RoadshowStatus.DRAFT],
  [RoadshowStatus.LIVE]: [RoadshowStatus.ENDED],
  [RoadshowStatus.ENDED]: [],
};

export function canMoveRoadshow(from: RoadshowStatus, to: RoadshowStatus): boolean {
  return ROADSHOW_TRANSITIONS[from].includes(to);
}

/** How a pitch reaches the stream: in person (camera or stage) or as a recording played in its slot. */
export enum SlotDelivery {
  LIVE = 'LIVE',
  PRERECORDED = 'PRERECORDED',
}
export const SLOT_DELIVERIES: readonly SlotDelivery[] = Object.values(SlotDelivery);

export enum SlotStatus {
  SCHEDULED = 'SCHEDULED',
  ON_STAGE = 'ON_STAGE',
  DONE = 'DONE',
  NO_SHOW = 'NO_SHOW',
}
export const SLOT_STATUSES: readonly SlotStatus[] = Object.values(SlotStatus);

/**
 * The slot ladder: `SCHEDULED → ON_STAGE → DONE`; a presenter who never appears is `NO_SHOW`, whether
 * the slot was still scheduled or already called on stage. `DONE` and `NO_SHOW` are final.
 */
export const SLOT_TRANSITIONS: Readonly<Record<SlotStatus, readonly SlotStatus[]>> = {
  [SlotStatus.SCHEDULED]: [SlotStatus.ON_STAGE, SlotStatus.NO_SHOW],
  [SlotStatus.ON_STAGE]: [SlotStatus.DONE, SlotStatus.NO_SHOW],
  [SlotStatus.DONE]: [],
  [SlotStatus.NO_SHOW]: [],
};

export function canMoveSlot(from: SlotStatus, to: SlotStatus): boolean {
  return SLOT_TRANSITIONS[from].includes(to);
}

/** What a slot's time is for its presenter. */
export enum SlotFit {
  /** No availability given; inside 09:00–18:00 local. */
  PREFERRED_HOURS = 'PREFERRED_HOURS',
  /** No availability given; inside 08:00–22:00 local but not inside the preferred hours. */
  ACCEPTABLE_HOURS = 'ACCEPTABLE_HOURS',
  /** Inside one of the presenter's availability windows. */
  AVAILABLE = 'AVAILABLE',
  /** No availability given; not inside 08:00–22:00 local. */
  OUTSIDE_ACCEPTABLE_HOURS = 'OUTSIDE_ACCEPTABLE_HOURS',
  /** Availability given; not inside any of its windows. */
  NOT_AVAILABLE = 'NOT_AVAILABLE',
}

/** Why a slot is where it is (the planner's explanation code). */
export enum SlotReason {
  PREFERRED_HOURS = 'PREFERRED_HOURS',
  ACCEPTABLE_HOURS = 'ACCEPTABLE_HOURS',
  AVAILABILITY = 'AVAILABILITY',
  /** No position in the programme is acceptable for this presenter: the recording plays here. */
  PRERECORDED_NO_ACCEPTABLE_TIME = 'PRERECORDED_NO_ACCEPTABLE_TIME',
  /**
   * Some position would be acceptable, but giving it to this presenter would leave more presenters outside
   * acceptable hours (or fewer in preferred ones): the recording plays here.
   */
  PRERECORDED_ACCEPTABLE_TIMES_TAKEN = 'PRERECORDED_ACCEPTABLE_TIMES_TAKEN',
  /** The organiser's order put it here. */
  MANUAL_ORDER = 'MANUAL_ORDER',
}

export enum PlanWarningCode {
  /** Live, but outside 09:00–18:00 local (only without availability windows). */
  OUTSIDE_PREFERRED_HOURS = 'OUTSIDE_PREFERRED_HOURS',
  /** Outside 08:00–22:00 local: pre-recorded. */
  OUTSIDE_ACCEPTABLE_HOURS = 'OUTSIDE_ACCEPTABLE_HOURS',
  /** Outside every availability window the presenter gave: pre-recorded. */
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  /** The window cannot hold every slot; the projects left out are in `unplaced`. */
  WINDOW_TOO_SHORT = 'WINDOW_TOO_SHORT',
  /** A manual order left a presenter out; it was added at the end. */
  NOT_IN_ORDER = 'NOT_IN_ORDER',
  /** A manual order has fewer live presenters than the planner's own order would have. */
  LIVE_BELOW_OPTIMUM = 'LIVE_BELOW_OPTIMUM',
}

/** Whether the programme order came from the planner or from the organiser. */
export enum PlanMode {
  OPTIMISED = 'OPTIMISED',
  MANUAL = 'MANUAL',
}
