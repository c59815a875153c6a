/**
 * What a partner may say about its interests, and what an intent may carry. Pure checks shared by the API
 * and the web forms.
 */
import { COOPERATION_MODES, isCountryCode, isCurrencyCode, type FieldIssue } from '../intake';
import {
  INTENT_KINDS,
  INTENT_LEVELS,
  PARTNER_KINDS,
  PartnerKind,
  type IntentKind,
  type IntentLevel,
} from './enums';
import type { MatchPartner } from './match-score';
import { isRegionCode } from './regions';

export const PARTNER_LIMITS = {
  sectors: 30,
  regions: 50,
  chainFocus: 30,
  incentives: 30,
  text: 500,
} as const;

/** A partner's interests as entered: everything `MatchPartner` reads except the id. */
export type PartnerInterests = Omit<MatchPartner, 'id'>;

const tooMany = (list: readonly unknown[] | null | undefined, max: number) => (list?.length ?? 0) > max;

/**
 * Problems with a partner's interests: a TRL range within 1–9 with min ≤ max, known cooperation modes, a
 * non-negative ticket range with min ≤ max and its currency, regions as ISO country codes or region codes,
 * and, for parks only, non-negative space; landing fields on other kinds are refused.
 */
export function validatePartnerInterests(p: PartnerInterests): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!PARTNER_KINDS.includes(p.kind)) add('kind', `unknown partner kind "${p.kind}"`);
  if (tooMany(p.sectors, PARTNER_LIMITS.sectors)) add('sectors', `at most ${PARTNER_LIMITS.sectors} sectors`);
  for (const [field, trl] of [
    ['trlMin', p.trlMin],
    ['trlMax', p.trlMax],
  ] as const)
    if (trl != null && (!Number.isInteger(trl) || trl < 1 || trl > 9))
      add(field, 'technology readiness level is a whole number from 1 to 9');
  if (p.trlMin != null && p.trlMax != null && p.trlMin > p.trlMax)
    add('trlMax', 'the range ends below its start');
  for (const mode of p.cooperationModes ?? [])
    if (!COOPERATION_MODES.includes(mode)) add('cooperationModes', `unknown cooperation mode "${mode}"`);
  const { ticketMinMinor: min, ticketMaxMinor: max } = p;
  if (min != null && min < 0n) add('ticketMinMinor', 'the amount cannot be negative');
  if (max != null && max < 0n) add('ticketMaxMinor', 'the amount cannot be negative');
  if (min != null && max != null && min > max) add('ticketMaxMinor', 'the maximum is below the minimum');
  if ((min != null || max != null) && !p.ticketCurrency)
    add('ticketCurrency', 'give the currency of the ticket size');
  if (p.ticketCurrency && !isCurrencyCode(p.ticketCurrency))
    add('ticketCurrency', `"${p.ticketCurrency}" is not an ISO 4217 currency code`);
  if (tooMany(p.regions, PARTNER_LIMITS.regions)) add('regions', `at most ${PARTNER_LIMITS.regions} regions`);
  for (const region of p.regions ?? [])
    if (!isCountryCode(region.toUpperCase()) && !isRegionCode(region.toUpperCase()))
      add('regions', `"${region}" is neither an ISO 3166-1 country code nor a known region`);
  if (p.kind === PartnerKind.PARK) {
    const space = p.availableSpaceM2;
    if (space != null && (!Number.isFinite(space) || space < 0))
      add('availableSpaceM2', 'space cannot be negative');
    if (tooMany(p.chainFocus, PARTNER_LIMITS.chainFocus))
      add('chainFocus', `at most ${PARTNER_LIMITS.chainFocus} keywords`);
    if (tooMany(p.incentives, PARTNER_LIMITS.incentives))
      add('incentives', `at most ${PARTNER_LIMITS.incentives} policies`);
    for (const [field, list] of [
      ['chainFocus', p.chainFocus],
      ['incentives', p.incentives],
    ] as const)
      if ((list ?? []).some((s) => s.length > PARTNER_LIMITS.text))
        add(field, `each entry at most ${PARTNER_LIMITS.text} characters`);
  } else {
    for (const field of ['chainFocus', 'availableSpaceM2', 'incentives'] as const) {
      const value = p[field];
      if (value != null && (!Array.isArray(value) || value.length)) add(field, 'only parks offer landing');
    }
  }
  return issues;
}

/** An intent as recorded or updated. The amount, when given, is in minor units of `currency`. */
export interface IntentInput {
  kind: IntentKind;
  level: IntentLevel;
  amountMinor?: bigint | null;
  currency?: string | null;
  note?: string | null;
}

/** Problems with an intent: known kind and level, and a non-negative amount with its ISO 4217 currency. */
export function validateIntent(input: IntentInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!INTENT_KINDS.includes(input.kind))
    issues.push({ field: 'kind', message: `unknown intent kind "${input.kind}"` });
  if (!INTENT_LEVELS.includes(input.level))
    issues.push({ field: 'level', message: `unknown intent level "${input.level}"` });
  if (input.amountMinor != null) {
    if (input.amountMinor < 0n)
      issues.push({ field: 'amountMinor', message: 'the amount cannot be negative' });
    if (!input.currency) issues.push({ field: 'currency', message: 'give the currency of the amount' });
  }
  if (input.currency && !isCurrencyCode(input.currency))
    issues.push({ field: 'currency', message: `"${input.currency}" is not an ISO 4217 currency code` });
  if ((input.note?.length ?? 0) > 2000) issues.push({ field: 'note', message: 'at most 2000 characters' });
  return issues;
}
