import { isTimeZone, RoadshowMode, SLOT_MINUTES } from '@sixcan/domain';
import { DomainError, ErrorCode } from '@sixcan/server-core';
import { RoadshowEvent, StoredWindow } from './roadshow.entity';
import { RoadshowFieldsInput } from './roadshow.models';

/** A broadcast lasts at most a day. */
const MAX_WINDOW_MS = 24 * 3600_000;

const invalid = (reason: string, field: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION, message, { reason, fields: [{ field, message }] });

const text = (v: string | null | undefined): string | null => v?.trim() || null;

/** The event's columns from the input (the whole input, or the fields of a partial one laid over `current`). */
export function fieldsOf(
  input: Partial<RoadshowFieldsInput>,
  current?: RoadshowEvent,
): Pick<
  RoadshowEvent,
  | 'titleZh'
  | 'titleEn'
  | 'mode'
  | 'venue'
  | 'streamUrl'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'slotMinutes'
  | 'breakAfterEverySlots'
  | 'breakMinutes'
  | 'breakWindows'
> {
  const has = <K extends keyof RoadshowFieldsInput>(k: K) => input[k] !== undefined;
  const breaks = input.breaks;
  const fields = {
    titleZh: has('title') ? text(input.title?.zh) : (current?.titleZh ?? null),
    titleEn: has('title') ? text(input.title?.en) : (current?.titleEn ?? null),
    mode: input.mode ?? current?.mode ?? RoadshowMode.ONLINE,
    venue: has('venue') ? text(input.venue) : (current?.venue ?? null),
    streamUrl: has('streamUrl') ? text(input.streamUrl) : (current?.streamUrl ?? null),
    startsAt: input.startsAt ?? (current?.startsAt as Date),
    endsAt: input.endsAt ?? (current?.endsAt as Date),
    timeZone: input.timeZone?.trim() ?? (current?.timeZone as string),
    slotMinutes: input.slotMinutes ?? (current?.slotMinutes as number),
    breakAfterEverySlots:
      breaks !== undefined
        ? (breaks?.every?.afterEverySlots ?? null)
        : (current?.breakAfterEverySlots ?? null),
    breakMinutes: breaks !== undefined ? (breaks?.every?.minutes ?? null) : (current?.breakMinutes ?? null),
    breakWindows:
      breaks !== undefined
        ? (breaks?.windows ?? []).map((w): StoredWindow => ({
            start: w.startsAt.toISOString(),
            end: w.endsAt.toISOString(),
          }))
        : (current?.breakWindows ?? []),
  };
  check(fields);
  return fields;
}

function check(f: ReturnType<typeof fieldsOf>): void {
  if (!f.titleZh && !f.titleEn)
    throw invalid('TITLE_REQUIRED', 'input.title', 'Give the roadshow a title in Chinese or English');
  if (!isTimeZone(f.timeZone))
    throw invalid(
      'INVALID_TIME_ZONE',
      'input.timeZone',
      `"${f.timeZone}" is not a time zone; use an IANA name such as Asia/Shanghai`,
    );
  if (f.endsAt.getTime() <= f.startsAt.getTime())
    throw invalid('WINDOW_END_BEFORE_START', 'input.endsAt', 'The broadcast must end after it starts');
  if (f.endsAt.getTime() - f.startsAt.getTime() > MAX_WINDOW_MS)
    throw invalid('WINDOW_TOO_LONG', 'input.endsAt', 'A roadshow broadcast lasts at most 24 hours');
  if (
    !Number.isInteger(f.slotMinutes) ||
    f.slotMinutes < SLOT_MINUTES.min ||
    f.slotMinutes > SLOT_MINUTES.max
  )
    throw invalid(
      'INVALID_SLOT_LENGTH',
      'input.slotMinutes',
      `A slot lasts ${SLOT_MINUTES.min} to ${SLOT_MINUTES.max} whole minutes`,
    );
  if (f.streamUrl && !isHttpsUrl(f.streamUrl))
    throw invalid('STREAM_URL_NOT_HTTPS', 'input.streamUrl', 'The stream URL must be an https:// address');
  f.breakWindows.forEach((w, i) => {
    if (Date.parse(w.end) <= Date.parse(w.start))
      throw invalid('INVALID_BREAK', `input.breaks.windows.${i}.endsAt`, 'A break must end after it starts');
  });
  if (f.mode !== RoadshowMode.ONLINE && !f.venue)
    throw invalid('VENUE_REQUIRED', 'input.venue', 'An on-site or hybrid roadshow needs a venue');
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !!url.hostname;
  } catch {
    return false;
  }
}
