import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../app/i18n';
import type { RoadshowStatus, SlotDelivery, SlotStatus } from '../../gql/graphql';
import { describeError } from '../identity/errors';
import { toProblem, type Problem } from '../screening/ui';

const STATUS_COLORS: Record<RoadshowStatus, string> = {
  DRAFT: 'default',
  PUBLISHED: 'blue',
  LIVE: 'red',
  ENDED: 'green',
};

export function RoadshowStatusTag({ status }: { status: RoadshowStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="roadshow-status">
      {t(`roadshows.status.${status}`)}
    </Tag>
  );
}

const SLOT_COLORS: Record<SlotStatus, string> = {
  SCHEDULED: 'default',
  ON_STAGE: 'red',
  DONE: 'green',
  NO_SHOW: 'orange',
};

export function SlotStatusTag({ status }: { status: SlotStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={SLOT_COLORS[status]} data-testid="slot-status">
      {t(`roadshows.slotStatus.${status}`)}
    </Tag>
  );
}

export function DeliveryTag({ delivery }: { delivery: SlotDelivery }) {
  const { t } = useTranslation();
  return (
    <Tag color={delivery === 'LIVE' ? 'green' : 'purple'} data-testid="delivery">
      {t(`roadshows.delivery.${delivery}`)}
    </Tag>
  );
}

/** Rules of the roadshow API that have their own sentence (`extensions.reason`). */
const REASONS = [
  'TITLE_REQUIRED',
  'INVALID_TIME_ZONE',
  'WINDOW_END_BEFORE_START',
  'WINDOW_TOO_LONG',
  'INVALID_SLOT_LENGTH',
  'STREAM_URL_NOT_HTTPS',
  'INVALID_BREAK',
  'VENUE_REQUIRED',
  'PROJECT_NOT_IN_PROGRAMME',
  'PROJECT_NOT_SHORTLISTED',
  'TOO_MANY_PROJECTS',
  'NOT_A_MEMBER',
  'ROADSHOW_NOT_EDITABLE',
  'STALE_VERSION',
  'NO_SLOTS',
  'INVALID_TRANSITION',
  'ROADSHOW_NOT_LIVE',
  'ANOTHER_SLOT_ON_STAGE',
  'INVALID_COMMENTARY',
  'NO_PROJECTS',
  'UNKNOWN_SECTOR',
  'TITLE_TOO_LONG',
  'INVALID_PLAN_INPUT',
] as const;
export type RoadshowReason = (typeof REASONS)[number];
const isReason = (value: string | undefined): value is RoadshowReason =>
  REASONS.includes(value as RoadshowReason);

const COMMENTARY_CODES = [
  'UNKNOWN_DIMENSION',
  'DUPLICATE_DIMENSION',
  'RATING_NOT_INTEGER',
  'RATING_OUT_OF_RANGE',
  'NOTE_TOO_LONG',
  'TEXT_TOO_LONG',
  'EMPTY',
] as const;
type CommentaryCode = (typeof COMMENTARY_CODES)[number];

/** The rule the server names in `extensions.reason`, when it is one of the roadshow's. */
export function roadshowReason(error: unknown): RoadshowReason | undefined {
  const reason = describeError(error).reason;
  return isReason(reason) ? reason : undefined;
}

/** `extensions.codes` of an INVALID_COMMENTARY answer. */
function commentaryCodes(error: unknown): CommentaryCode[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const codes = error.errors.flatMap((e) => {
    const value = e.extensions?.['codes'];
    return Array.isArray(value) ? value : [];
  });
  return [...new Set(codes)].filter((code): code is CommentaryCode =>
    COMMENTARY_CODES.includes(code as CommentaryCode),
  );
}

/** A translated problem: the roadshow rule that was hit, else the error class. */
export function toRoadshowProblem(t: TFunction, error: unknown): Problem {
  const reason = roadshowReason(error);
  if (reason === 'INVALID_COMMENTARY') {
    const codes = commentaryCodes(error);
    return {
      message: t('roadshows.problem.INVALID_COMMENTARY'),
      detail: codes.map((code) => t(`roadshows.commentaryCode.${code}`)).join(' '),
    };
  }
  if (reason) return { message: t(`roadshows.problem.${reason}`) };
  return toProblem(t, error);
}

/* Time in a zone. Instants come from the API as UTC; every conversion is done by Intl. */

const LOCALE: Record<AppLanguage, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

function format(iso: string, language: AppLanguage, options: Intl.DateTimeFormatOptions, zone?: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALE[language], { ...options, timeZone: zone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(LOCALE[language], options).format(date);
  }
}

/** "20:00" in the zone. */
export function formatTime(iso: string, language: AppLanguage, zone?: string): string {
  return format(iso, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, zone);
}

/** "Thu 14 Jan 2027" / "2027年1月14日星期四" in the zone. */
export function formatDay(iso: string, language: AppLanguage, zone?: string): string {
  return format(iso, language, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }, zone);
}

/** "Thu 14 Jan" / "1月14日周四" in the zone. */
export function formatShortDay(iso: string, language: AppLanguage, zone?: string): string {
  return format(iso, language, { weekday: 'short', month: 'short', day: 'numeric' }, zone);
}

/** "Thu 14 Jan 2027, 20:00–22:00" in the zone (the end's date when it differs). */
export function formatSpan(from: string, to: string, language: AppLanguage, zone?: string): string {
  const sameDay = localDate(from, zone) === localDate(to, zone);
  const end = sameDay
    ? formatTime(to, language, zone)
    : `${formatShortDay(to, language, zone)} ${formatTime(to, language, zone)}`;
  return `${formatDay(from, language, zone)} ${formatTime(from, language, zone)}–${end}`;
}

/** The zone's offset at the instant: "GMT+9", "GMT-5" ("GMT" for UTC). */
export function zoneOffset(iso: string, zone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date(iso))
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

/** "2027-01-14": the date the zone's wall clock shows at the instant. */
export function localDate(iso: string, zone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

/** Minutes since local midnight on the zone's wall clock. */
export function localMinutes(iso: string, zone: string): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(iso));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return (get('hour') % 24) * 60 + get('minute');
  } catch {
    return 0;
  }
}

/** -1, 0 or 1: the presenter's local date compared with the event's. */
export function dayShift(iso: string, presenterZone: string, eventZone: string): number {
  const a = localDate(iso, presenterZone);
  const b = localDate(iso, eventZone);
  return a === b ? 0 : a < b ? -1 : 1;
}

/** "12:05" (minutes:seconds), or "1:02:05" past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
