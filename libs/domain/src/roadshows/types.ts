/**
 * The shapes of a roadshow plan: what goes in (the broadcast window, slot length, breaks, presenters and
 * an optional manual order) and what comes out (slots, breaks, the projects left out, warnings).
 *
 * Every instant is an ISO 8601 string with an explicit offset (`2026-12-10T12:00:00Z` or
 * `2026-12-10T20:00:00+08:00`); a string without one is rejected, never read in some default zone.
 * Instants coming out are UTC (`2026-12-10T12:00:00.000Z`, as `Date#toISOString`).
 */
import type { PlanMode, PlanWarningCode, SlotDelivery, SlotFit, SlotReason } from './enums';

/** A half-open span of time `[start, end)`. */
export interface Interval {
  start: string;
  end: string;
}

/** "A break of `minutes` after every `afterEverySlots` slots" (never after the last slot). */
export interface PeriodicBreak {
  afterEverySlots: number;
  minutes: number;
}

/** Either kind of break, or both: slots never overlap a window, and the periodic break is added too. */
export interface RoadshowBreaks {
  windows?: readonly Interval[] | null;
  every?: PeriodicBreak | null;
}

export interface PresenterInput {
  projectId: string;
  /** The presenter's IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /**
   * When the presenter can pitch live. When given (non-empty), a slot is live only inside one of these
   * windows (adjacent or overlapping windows join); when absent or empty, 08:00–22:00 local is acceptable.
   */
  availability?: readonly Interval[] | null;
}

export interface RoadshowPlanInput {
  /** The broadcast window; the programme starts at its start, and slack is left at its end. */
  window: Interval;
  /** The event's display time zone (IANA), for `displayStart`/`displayEnd`. */
  displayTimeZone: string;
  /** Whole minutes, 1–240. */
  slotMinutes: number;
  breaks?: RoadshowBreaks | null;
  presenters: readonly PresenterInput[];
  /**
   * A manual order of project ids. When given, slots follow it (presenters it leaves out come after it,
   * by project id) and problems become warnings instead of a different order.
   */
  order?: readonly string[] | null;
}

export interface SlotExplanation {
  code: SlotReason;
  fit: SlotFit;
  /** The presenter's local start, `HH:mm`. */
  local: string;
}

export interface PlannedSlot {
  projectId: string;
  /** 1 for the first pitch. */
  order: number;
  /** UTC instants. */
  start: string;
  end: string;
  /** The same instants in the presenter's zone, with its offset at that instant. */
  localStart: string;
  localEnd: string;
  timeZone: string;
  /** The same instants in the event's display zone. */
  displayStart: string;
  displayEnd: string;
  delivery: SlotDelivery;
  explanation: SlotExplanation;
}

export interface PlannedBreak {
  start: string;
  end: string;
  displayStart: string;
  displayEnd: string;
}

export type SlotWarningCode =
  | PlanWarningCode.OUTSIDE_PREFERRED_HOURS
  | PlanWarningCode.OUTSIDE_ACCEPTABLE_HOURS
  | PlanWarningCode.NOT_AVAILABLE;
interface SlotWarning {
  code: SlotWarningCode;
  projectId: string;
  order: number;
  local: string;
  message: string;
}
interface WindowWarning {
  code: PlanWarningCode.WINDOW_TOO_SHORT;
  /** Slots the presenters need and slots the window holds. */
  needed: number;
  fits: number;
  unplaced: string[];
  message: string;
}
interface OrderWarning {
  code: PlanWarningCode.NOT_IN_ORDER;
  projectId: string;
  message: string;
}
interface OptimumWarning {
  code: PlanWarningCode.LIVE_BELOW_OPTIMUM;
  live: number;
  optimum: number;
  message: string;
}
export type PlanWarning = SlotWarning | WindowWarning | OrderWarning | OptimumWarning;

export interface PlanSummary {
  live: number;
  prerecorded: number;
  /** Live slots inside 09:00–18:00 local (with or without availability windows). */
  preferred: number;
  unplaced: number;
}

export interface RoadshowPlan {
  mode: PlanMode;
  /** In programme order. */
  slots: PlannedSlot[];
  /** Breaks inside the window (explicit ones clipped to it, periodic ones as placed), joined and sorted. */
  breaks: PlannedBreak[];
  /** Projects the window could not hold (WINDOW_TOO_SHORT), by project id, or in the manual order. */
  unplaced: string[];
  /** Slot warnings in programme order, then the plan-wide ones. */
  warnings: PlanWarning[];
  summary: PlanSummary;
  /** A hash of everything above: equal inputs give equal fingerprints, a different plan another one. */
  fingerprint: string;
}
