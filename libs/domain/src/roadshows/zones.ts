/**
 * Zone arithmetic for the planner, all through luxon: instants are epoch milliseconds inside the planner,
 * local hours are wall-clock times on the presenter's local date (so a DST change never shifts them), and
 * no fixed offset is ever added.
 */
import { DateTime, IANAZone } from 'luxon';
import { SlotFit } from './enums';

/** A half-open span `[start, end)` in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** Local hours as minutes after local midnight, `[from, to)`. */
export interface LocalHours {
  from: number;
  to: number;
}
/** A presenter can pitch live inside these local hours when they gave no availability. */
export const ACCEPTABLE_HOURS: LocalHours = { from: 8 * 60, to: 22 * 60 };
/** Among acceptable times, these are preferred. */
export const PREFERRED_HOURS: LocalHours = { from: 9 * 60, to: 18 * 60 };

const MINUTE = 60_000;
const EXPLICIT_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Epoch milliseconds of an ISO 8601 instant with an explicit offset, or null. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !EXPLICIT_OFFSET.test(value)) return null;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}

export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && IANAZone.isValidZone(value);
}

const inZone = (ms: number, zone: string): DateTime => {
  const local = DateTime.fromMillis(ms, { zone });
  if (!local.isValid) throw new RangeError(`not a time zone: ${zone}`);
  return local;
};

/** `Date#toISOString` form: `2026-12-10T12:00:00.000Z`. */
export const utcIso = (ms: number): string => new Date(ms).toISOString();

/** ISO with the zone's offset at that instant: `2026-12-10T20:00:00+08:00`. */
export function localIso(ms: number, zone: string): string {
  return inZone(ms, zone).toISO({ suppressMilliseconds: true }) ?? utcIso(ms);
}

/** Local wall-clock time `HH:mm`. */
export const localClock = (ms: number, zone: string): string => inZone(ms, zone).toFormat('HH:mm');

/** The instants of `hours` on the local date of `ms` in `zone` (wall-clock, so DST-safe). */
export function hoursOn(ms: number, zone: string, hours: LocalHours): Span {
  const day = inZone(ms, zone).startOf('day');
  const at = (minutes: number): number =>
    minutes >= 24 * 60
      ? day.plus({ days: 1 }).toMillis()
      : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
  return { start: at(hours.from), end: at(hours.to) };
}

const within = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Sorted, with overlapping or touching spans joined. */
export function joinSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: Span[] = [];
  for (const span of sorted) {
    const last = joined[joined.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

/** What a slot's time is for one presenter, and how the planner scores it. */
export interface Fit {
  fit: SlotFit;
  /** The presenter can pitch live then (inside availability, or inside acceptable hours). */
  acceptable: boolean;
  /** Acceptable and inside the preferred hours. */
  preferred: boolean;
  /** For an acceptable slot: whole minutes it lies outside the preferred hours (≤ 1,440); else 0. */
  offMinutes: number;
}

/**
 * The fit of `slot` for a presenter in `zone`. With availability windows (joined), acceptable means
 * inside one of them; without, inside 08:00–22:00 on the local date the slot starts. Preferred hours are
 * 09:00–18:00 on that date either way.
 */
export function evaluateFit(slot: Span, zone: string, availability: readonly Span[] | null): Fit {
  const acceptable = availability
    ? availability.some((window) => within(slot, window))
    : within(slot, hoursOn(slot.start, zone, ACCEPTABLE_HOURS));
  const preferredBand = hoursOn(slot.start, zone, PREFERRED_HOURS);
  const preferred = acceptable && within(slot, preferredBand);
  const outside = Math.max(0, preferredBand.start - slot.start) + Math.max(0, slot.end - preferredBand.end);
  const offMinutes = acceptable ? Math.min(24 * 60, Math.ceil(outside / MINUTE)) : 0;
  return { fit: fitOf(availability !== null, acceptable, preferred), acceptable, preferred, offMinutes };
}

function fitOf(hasAvailability: boolean, acceptable: boolean, preferred: boolean): SlotFit {
  if (hasAvailability) return acceptable ? SlotFit.AVAILABLE : SlotFit.NOT_AVAILABLE;
  if (preferred) return SlotFit.PREFERRED_HOURS;
  return acceptable ? SlotFit.ACCEPTABLE_HOURS : SlotFit.OUTSIDE_ACCEPTABLE_HOURS;
}
