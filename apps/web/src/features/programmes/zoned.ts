import dayjs, { type Dayjs } from 'dayjs';

/**
 * Date pickers work in the browser's zone; the user works in their profile zone. These convert
 * between an instant and a browser-local Dayjs that shows the instant's wall clock in `timeZone`.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockIn(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
  };
}

function offsetMs(instant: number, timeZone: string): number {
  const wall = wallClockIn(new Date(instant), timeZone);
  return (
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) -
    Math.floor(instant / 60_000) * 60_000
  );
}

/** The instant at which `timeZone` shows the wall clock `wall`. */
function instantOf(wall: WallClock, timeZone: string): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let instant = guess - offsetMs(guess, timeZone);
  const second = guess - offsetMs(instant, timeZone);
  if (second !== instant) instant = second;
  return new Date(instant);
}

/** A picker value showing `iso` as `timeZone` sees it. */
export function toPickerValue(iso: string, timeZone: string): Dayjs {
  const wall = wallClockIn(new Date(iso), timeZone);
  return dayjs(new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
}

/** The instant (ISO) of a picker value read as a wall clock in `timeZone`. */
export function fromPickerValue(value: Dayjs, timeZone: string): string {
  const date = value.toDate();
  return instantOf(
    {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
    },
    timeZone,
  ).toISOString();
}
