/**
 * Test helpers for the planner: an independent reading of local hours (wall-clock fields from luxon, not
 * the planner's own code), brute force over every assignment, and fast-check inputs.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Interval, PresenterInput, RoadshowPlanInput } from './types';

export const MINUTE = 60_000;
export const ms = (iso: string): number => Date.parse(iso);
export const iso = (t: number): string => new Date(t).toISOString();

/** Minutes after local midnight, with seconds as a fraction. */
const clock = (t: DateTime): number => t.hour * 60 + t.minute + t.second / 60 + t.millisecond / MINUTE;

/** Whether `[start, end)` lies inside `[from, to)` minutes of the local date it starts on. */
function insideLocalHours(start: number, end: number, zone: string, from: number, to: number): boolean {
  const s = DateTime.fromMillis(start, { zone });
  const e = DateTime.fromMillis(end, { zone });
  const endClock = e.toISODate() === s.toISODate() ? clock(e) : Infinity;
  return clock(s) >= from && endClock <= to;
}

/** Whether the union of `windows` covers `[start, end)`. */
function covered(start: number, end: number, windows: readonly Interval[]): boolean {
  const spans = windows.map((w) => [ms(w.start), ms(w.end)]).sort((a, b) => a[0] - b[0]);
  let reached = start;
  for (const [s, e] of spans) if (s <= reached && e > reached) reached = e;
  return reached >= end;
}

export interface ExpectedFit {
  acceptable: boolean;
  preferred: boolean;
}

export function expectedFit(start: number, end: number, presenter: PresenterInput): ExpectedFit {
  const windows = presenter.availability ?? [];
  const acceptable = windows.length
    ? covered(start, end, windows)
    : insideLocalHours(start, end, presenter.timeZone, 8 * 60, 22 * 60);
  const preferred = acceptable && insideLocalHours(start, end, presenter.timeZone, 9 * 60, 18 * 60);
  return { acceptable, preferred };
}

/** The best (acceptable, preferred) counts over every way to put the presenters on the positions. */
export function bruteForceBest(
  presenters: readonly PresenterInput[],
  positions: readonly { start: number; end: number }[],
): [number, number] {
  const fits = presenters.map((p) => positions.map((s) => expectedFit(s.start, s.end, p)));
  let best: [number, number] = [-1, -1];
  const used = new Array<boolean>(presenters.length).fill(false);
  const walk = (j: number, acceptable: number, preferred: number): void => {
    if (j === positions.length) {
      if (acceptable > best[0] || (acceptable === best[0] && preferred > best[1]))
        best = [acceptable, preferred];
      return;
    }
    for (let i = 0; i < presenters.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      walk(j + 1, acceptable + +fits[i][j].acceptable, preferred + +fits[i][j].preferred);
      used[i] = false;
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Zones with DST both ways, half- and quarter-hour offsets, and both sides of the date line. */
export const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

const YEAR_2026 = ms('2026-01-01T00:00:00Z');

/** An instant written with `Z` or with some other offset (the planner must read both). */
const written = (t: number, offsetMinutes: number): string =>
  offsetMinutes === 0
    ? iso(t)
    : (DateTime.fromMillis(t, {
        zone: `UTC${offsetMinutes > 0 ? '+' : '-'}${Math.abs(offsetMinutes / 60)}`,
      }).toISO() ?? iso(t));

const instantAround = (base: number, minMinutes: number, maxMinutes: number) =>
  fc
    .tuple(fc.integer({ min: minMinutes, max: maxMinutes }), fc.constantFrom(0, 0, 8, -5))
    .map(([m, offset]) => ({ t: base + m * MINUTE, text: written(base + m * MINUTE, offset * 60) }));

const intervalAround = (base: number, spanMinutes: number) =>
  fc
    .tuple(instantAround(base, -60, spanMinutes + 60), fc.integer({ min: 1, max: 180 }))
    .map(([s, length]): Interval => ({ start: s.text, end: iso(s.t + length * MINUTE) }));

/**
 * Window starts near a local boundary (07:00–23:00 around 08:00, 09:00, 18:00 or 22:00) of one of `zones`,
 * where presenters compete for the few acceptable or preferred positions.
 */
export const startsNearBoundaries = (zones: readonly string[]): fc.Arbitrary<number> =>
  fc
    .record({
      day: fc.integer({ min: 0, max: 364 }),
      zone: fc.constantFrom(...zones),
      hour: fc.constantFrom(8, 9, 18, 22),
      offset: fc.integer({ min: -60, max: 60 }),
    })
    .map(({ day, zone, hour, offset }) => {
      const date = DateTime.fromMillis(YEAR_2026, { zone: 'UTC' }).plus({ days: day });
      const local = DateTime.fromObject(
        { year: date.year, month: date.month, day: date.day, hour },
        { zone },
      );
      return local.toMillis() + offset * MINUTE;
    });

export interface InputOptions {
  /** Window starts: anywhere in 2026 by default. */
  start?: fc.Arbitrary<number>;
  maxPresenters?: number;
  zones?: readonly string[];
  /** Window lengths in minutes, 20–360 by default. */
  maxMinutes?: number;
}

/** Random plan inputs (no manual order): window, slot length, breaks, presenters with unique ids. */
export function planInputs(options: InputOptions = {}): fc.Arbitrary<RoadshowPlanInput> {
  const start =
    options.start ??
    fc
      .tuple(fc.integer({ min: 0, max: 364 * 24 * 60 }), fc.constantFrom(0, 0, 0, 30))
      .map(([m, s]) => YEAR_2026 + m * MINUTE + s * 1000);
  const zones = options.zones ?? ZONES;
  return fc
    .record({ start, minutes: fc.integer({ min: 20, max: options.maxMinutes ?? 360 }) })
    .chain(({ start: t, minutes }) =>
      fc.record({
        window: fc.constant<Interval>({ start: iso(t), end: iso(t + minutes * MINUTE) }),
        displayTimeZone: fc.constantFrom(...zones),
        slotMinutes: fc.integer({ min: 5, max: 30 }),
        breaks: fc.record({
          windows: fc.array(intervalAround(t, minutes), { maxLength: 3 }),
          every: fc.option(
            fc.record({
              afterEverySlots: fc.integer({ min: 1, max: 5 }),
              minutes: fc.integer({ min: 1, max: 20 }),
            }),
          ),
        }),
        presenters: fc
          .uniqueArray(
            fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '1', 'é'), minLength: 1, maxLength: 3 }),
            {
              maxLength: options.maxPresenters ?? 7,
            },
          )
          .chain((ids) =>
            fc.tuple(
              ...ids.map((projectId) =>
                fc.record({
                  projectId: fc.constant(projectId),
                  timeZone: fc.constantFrom(...zones),
                  availability: fc.option(fc.array(intervalAround(t, minutes), { maxLength: 3 }), {
                    freq: 3,
                  }),
                }),
              ),
            ),
          ),
      }),
    );
}

/** The same elements in another order. */
export const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
