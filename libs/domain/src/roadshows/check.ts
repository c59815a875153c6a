/**
 * Reading a plan input: every problem is named (the server answers VALIDATION with the list), and a
 * valid input becomes epoch milliseconds, joined spans and presenters in canonical order (by project id),
 * so that the plan does not depend on the order presenters, breaks or availability windows came in.
 */
import { MAX_PRESENTERS } from './optimise';
import type { Interval, PresenterInput, RoadshowPlanInput } from './types';
import type { Span } from './zones';
import { isTimeZone, joinSpans, parseInstant } from './zones';

export enum PlanInputProblemCode {
  INVALID_INSTANT = 'INVALID_INSTANT',
  EMPTY_INTERVAL = 'EMPTY_INTERVAL',
  INVALID_TIME_ZONE = 'INVALID_TIME_ZONE',
  INVALID_SLOT_LENGTH = 'INVALID_SLOT_LENGTH',
  INVALID_BREAK = 'INVALID_BREAK',
  MISSING_PROJECT_ID = 'MISSING_PROJECT_ID',
  DUPLICATE_PROJECT = 'DUPLICATE_PROJECT',
  UNKNOWN_ORDER_PROJECT = 'UNKNOWN_ORDER_PROJECT',
  DUPLICATE_ORDER_PROJECT = 'DUPLICATE_ORDER_PROJECT',
  TOO_MANY_PRESENTERS = 'TOO_MANY_PRESENTERS',
}

export interface PlanInputProblem {
  code: PlanInputProblemCode;
  /** A path into the input, e.g. `window.end`, `presenters[3].timeZone`, `order[2]`. */
  field: string;
  message: string;
}

/** Thrown by `planRoadshow` for an input `checkPlanInput` finds problems with. */
export class RoadshowPlanInputError extends RangeError {
  readonly problems: PlanInputProblem[];
  constructor(problems: PlanInputProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'RoadshowPlanInputError';
    this.problems = problems;
  }
}

export const SLOT_MINUTES = { min: 1, max: 240 } as const;

export interface ReadPresenter {
  projectId: string;
  timeZone: string;
  /** Joined windows, or null when none were given (08:00–22:00 local applies). */
  availability: Span[] | null;
}

export interface ReadPlanInput {
  window: Span;
  displayTimeZone: string;
  slotMs: number;
  breakWindows: Span[];
  every: { afterEverySlots: number; breakMs: number } | null;
  /** By project id. */
  presenters: ReadPresenter[];
  /** The manual order completed with the presenters it left out (by project id), or null. */
  order: string[] | null;
  /** Presenters the manual order left out. */
  notInOrder: string[];
}

const MINUTE = 60_000;
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const wholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Every problem with a plan input, in input order; empty when `planRoadshow` accepts it. */
export function checkPlanInput(input: RoadshowPlanInput): PlanInputProblem[] {
  return readPlanInput(input).problems;
}

export function readPlanInput(input: RoadshowPlanInput): {
  problems: PlanInputProblem[];
  value: ReadPlanInput | null;
} {
  const problems: PlanInputProblem[] = [];
  const add = (code: PlanInputProblemCode, field: string, message: string) =>
    problems.push({ code, field, message });
  const span = (interval: Interval | null | undefined, field: string): Span | null => {
    const start = parseInstant(interval?.start);
    const end = parseInstant(interval?.end);
    if (start === null)
      add(PlanInputProblemCode.INVALID_INSTANT, `${field}.start`, 'an ISO 8601 instant with an offset');
    if (end === null)
      add(PlanInputProblemCode.INVALID_INSTANT, `${field}.end`, 'an ISO 8601 instant with an offset');
    if (start === null || end === null) return null;
    if (end <= start) {
      add(PlanInputProblemCode.EMPTY_INTERVAL, `${field}.end`, 'must be after the start');
      return null;
    }
    return { start, end };
  };
  const zone = (value: string, field: string): void => {
    if (!isTimeZone(value)) add(PlanInputProblemCode.INVALID_TIME_ZONE, field, 'not an IANA time zone');
  };

  const window = span(input.window, 'window');
  zone(input.displayTimeZone, 'displayTimeZone');
  if (!wholeIn(input.slotMinutes, SLOT_MINUTES.min, SLOT_MINUTES.max))
    add(
      PlanInputProblemCode.INVALID_SLOT_LENGTH,
      'slotMinutes',
      `whole minutes from ${SLOT_MINUTES.min} to ${SLOT_MINUTES.max}`,
    );
  const breakWindows: Span[] = [];
  (input.breaks?.windows ?? []).forEach((b, i) => {
    const s = span(b, `breaks.windows[${i}]`);
    if (s) breakWindows.push(s);
  });
  const every = input.breaks?.every ?? null;
  if (every && !wholeIn(every.afterEverySlots, 1, 1000))
    add(PlanInputProblemCode.INVALID_BREAK, 'breaks.every.afterEverySlots', 'a whole number of at least 1');
  if (every && !wholeIn(every.minutes, 1, 24 * 60))
    add(PlanInputProblemCode.INVALID_BREAK, 'breaks.every.minutes', 'whole minutes from 1 to 1440');

  if (input.presenters.length > MAX_PRESENTERS)
    add(PlanInputProblemCode.TOO_MANY_PRESENTERS, 'presenters', `at most ${MAX_PRESENTERS} presenters`);
  const presenters: ReadPresenter[] = [];
  const ids = new Set<string>();
  input.presenters.forEach((p: PresenterInput, i) => {
    const at = `presenters[${i}]`;
    if (typeof p.projectId !== 'string' || p.projectId === '')
      add(PlanInputProblemCode.MISSING_PROJECT_ID, `${at}.projectId`, 'a project id');
    else if (ids.has(p.projectId))
      add(PlanInputProblemCode.DUPLICATE_PROJECT, `${at}.projectId`, `${p.projectId} appears twice`);
    ids.add(p.projectId);
    zone(p.timeZone, `${at}.timeZone`);
    const windows = (p.availability ?? []).map((w, k) => span(w, `${at}.availability[${k}]`));
    const valid = windows.filter((w): w is Span => w !== null);
    presenters.push({
      projectId: p.projectId,
      timeZone: p.timeZone,
      availability: valid.length ? joinSpans(valid) : null,
    });
  });

  const given = input.order ?? null;
  const listed = new Set<string>();
  given?.forEach((id, i) => {
    if (!ids.has(id))
      add(PlanInputProblemCode.UNKNOWN_ORDER_PROJECT, `order[${i}]`, `${id} is not among the presenters`);
    else if (listed.has(id))
      add(PlanInputProblemCode.DUPLICATE_ORDER_PROJECT, `order[${i}]`, `${id} appears twice`);
    listed.add(id);
  });

  if (problems.length || !window) return { problems, value: null };
  presenters.sort((a, b) => byId(a.projectId, b.projectId));
  const notInOrder = given ? presenters.map((p) => p.projectId).filter((id) => !listed.has(id)) : [];
  return {
    problems,
    value: {
      window,
      displayTimeZone: input.displayTimeZone,
      slotMs: input.slotMinutes * MINUTE,
      breakWindows: joinSpans(breakWindows),
      every: every ? { afterEverySlots: every.afterEverySlots, breakMs: every.minutes * MINUTE } : null,
      presenters,
      order: given ? [...given, ...notInOrder] : null,
      notInOrder,
    },
  };
}
