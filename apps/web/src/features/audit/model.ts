import { paths } from '../../app/paths';
import type { AuditEventFieldsFragment } from '../../gql/graphql';
import { auditStringsEn } from './locales/strings.en';

export type AuditEvent = AuditEventFieldsFragment;

type Catalogue = Record<string, Record<string, string> | undefined>;

/** The action families and their verbs that have a human name (the rest show their code). */
const CATALOGUE = auditStringsEn.action as Catalogue;

/** Families of known actions, in the order of the strings (the filter's "whole family" options). */
export const ACTION_FAMILIES: readonly string[] = Object.keys(CATALOGUE);

/** Every known action code, e.g. `bid.placed`. */
export const KNOWN_ACTIONS: readonly string[] = ACTION_FAMILIES.flatMap((family) =>
  Object.keys(CATALOGUE[family] ?? {}).map((verb) => `${family}.${verb}`),
);

/** Record types that appear in the trail, for the type filter. */
export const OBJECT_TYPES: readonly string[] = Object.keys(auditStringsEn.objectType);

/** `bid.placed` → ['bid', 'placed']; codes with more dots keep the rest in the verb. */
export function splitAction(code: string): [string, string] {
  const dot = code.indexOf('.');
  return dot === -1 ? [code, ''] : [code.slice(0, dot), code.slice(dot + 1)];
}

/** The i18n key of an action's name, or undefined when it has none (show the code then). */
export function actionKey(code: string): string | undefined {
  const [family, verb] = splitAction(code);
  return CATALOGUE[family]?.[verb] !== undefined ? `audit.action.${family}.${verb}` : undefined;
}

/** The i18n key of a family's name (`bid` or `bid.`), or undefined when it is not known. */
export function familyKey(family: string): string | undefined {
  const name = family.endsWith('.') ? family.slice(0, -1) : family;
  return name in auditStringsEn.family ? `audit.family.${name}` : undefined;
}

/** The i18n key of a record type's name, or undefined. */
export function objectTypeKey(type: string): string | undefined {
  return type in auditStringsEn.objectType ? `audit.objectType.${type}` : undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** The app page of the record an event is about, when there is one. */
export function objectPath(
  event: Pick<AuditEvent, 'objectType' | 'objectId' | 'summary'>,
): string | undefined {
  const id = event.objectId;
  if (!id) return undefined;
  switch (event.objectType) {
    case 'Project':
      return paths.project(id);
    case 'Programme':
      return paths.programme(id);
    case 'Deal':
      return paths.deal(id);
    case 'Roadshow':
      return paths.roadshow(id);
    case 'SigningCeremony':
      return paths.ceremony(id);
    case 'ScreeningRound': {
      // The round's page lives under its programme: link only when the event names it.
      const programmeId = text(event.summary['programmeId']);
      return programmeId ? paths.screeningRound(programmeId, id) : undefined;
    }
    default:
      return undefined;
  }
}

/** Pages of ids that events mention in their details (`projectId`, `dealId`, …). */
export function detailPath(key: string, value: string): string | undefined {
  switch (key) {
    case 'projectId':
    case 'projectIds':
      return paths.project(value);
    case 'programmeId':
      return paths.programme(value);
    case 'dealId':
      return paths.deal(value);
    default:
      return undefined;
  }
}

/** The i18n key of a detail's name, or undefined (then the key is shown in words). */
export function detailKey(key: string): string | undefined {
  return key in auditStringsEn.key ? `audit.key.${key}` : undefined;
}

/** `conflictsDetected` → `Conflicts detected`, `droppedOldBase` → `Dropped old base`. */
export function words(key: string): string {
  const spaced = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isInstant = (value: string): boolean => ISO_INSTANT.test(value);
export const isUuid = (value: string): boolean => UUID.test(value);

/** The filters of the trail as the URL keeps them (dates as days in the user's zone, both included). */
export interface AuditFilters {
  action?: string;
  objectType?: string;
  objectId?: string;
  actorUserId?: string;
  /** Only the system's events (no actor), or only people's; the URL keeps `actor=system` / `actor=people`. */
  actorKind?: 'SYSTEM' | 'USER';
  /** YYYY-MM-DD */
  fromDay?: string;
  /** YYYY-MM-DD, included. */
  toDay?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z_]+(\.[a-z_]+)*\.?$/;

export function readFilters(params: URLSearchParams): AuditFilters {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const action = get('action');
  const actor = get('actor');
  const fromDay = get('from');
  const toDay = get('to');
  return {
    action: action && ACTION.test(action) ? action : undefined,
    objectType: get('type'),
    objectId: get('id'),
    actorUserId: actor && isUuid(actor) ? actor : undefined,
    actorKind: actor === 'system' ? 'SYSTEM' : actor === 'people' ? 'USER' : undefined,
    fromDay: fromDay && DAY.test(fromDay) ? fromDay : undefined,
    toDay: toDay && DAY.test(toDay) ? toDay : undefined,
  };
}

export function writeFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
  };
  set('action', filters.action);
  set('type', filters.objectType);
  set('id', filters.objectId);
  set(
    'actor',
    filters.actorUserId ??
      (filters.actorKind === 'SYSTEM' ? 'system' : filters.actorKind === 'USER' ? 'people' : undefined),
  );
  set('from', filters.fromDay);
  set('to', filters.toDay);
  return params;
}

/** Offset of `timeZone` from UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/** The instant (ISO) at which a day (YYYY-MM-DD) starts in `timeZone`; `plusDays` moves the day first. */
export function startOfDay(day: string, timeZone: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d + plusDays);
  let instant = guess - offsetAt(guess, timeZone);
  // Near a daylight-saving change the offset at the guess differs from the offset at the answer.
  const second = guess - offsetAt(instant, timeZone);
  if (second !== instant) instant = second;
  return new Date(instant).toISOString();
}

/** The API's filter arguments for the URL's filters, reading days in `timeZone`. */
export function apiFilter(filters: AuditFilters, timeZone: string) {
  return {
    action: filters.action ?? null,
    objectType: filters.objectType ?? null,
    objectId: filters.objectId ?? null,
    actorUserId: filters.actorUserId ?? null,
    // A person is one of the people: the kind goes only without one.
    actorKind: filters.actorUserId ? null : (filters.actorKind ?? null),
    from: filters.fromDay ? startOfDay(filters.fromDay, timeZone) : null,
    to: filters.toDay ? startOfDay(filters.toDay, timeZone, 1) : null,
  };
}
