/**
 * Pure helpers of the dashboard: money in the reporting currency, ISO weeks in the programme's zone, round
 * names. No database, no Nest.
 */
import { convertMinor, formatMoney } from '@sixcan/domain';
import { LocalizedText, MoneyModel } from '@sixcan/server-core';
import { DateTime } from 'luxon';

/** The organisation's FX table as stored: `rates[c]` units of `c` per one unit of `base` (null: no table). */
export interface StoredFx {
  base: string | null;
  rates: Record<string, string>;
}

export interface CurrencySum {
  currency: string;
  minor: bigint;
}

/**
 * Sums amounts of several currencies in `target`, each converted exactly through the FX table (rounded once
 * per currency, half to even). Currencies the table cannot convert are left out and listed, sorted.
 */
export function sumIn(
  sums: readonly CurrencySum[],
  target: string,
  fx: StoredFx,
): { minor: bigint; missingRates: string[] } {
  const byCurrency = new Map<string, bigint>();
  for (const s of sums) byCurrency.set(s.currency, (byCurrency.get(s.currency) ?? 0n) + s.minor);
  let minor = 0n;
  const missing = new Set<string>();
  for (const [currency, amount] of byCurrency) {
    if (amount === 0n) continue;
    const converted = convertMinor(amount, currency, target, { base: fx.base ?? target, rates: fx.rates });
    if (converted.ok) minor += converted.amountMinor;
    else missing.add(currency);
  }
  return { minor, missingRates: [...missing].sort() };
}

export const moneyIn = (minor: bigint, currency: string): MoneyModel => ({
  amount: formatMoney(minor, currency),
  currency,
});

/** Monday 00:00 of the ISO week holding `instant`, in `zone`, as an instant. */
export function weekStart(instant: Date, zone: string): Date {
  return DateTime.fromJSDate(instant, { zone }).startOf('week').toJSDate();
}

/**
 * Every ISO week from the one holding `from` to the one holding `to` (in `zone`), oldest first, at most the
 * last `max`. Weeks are stepped in local time, so a week with a DST change is 167 or 169 hours long.
 */
export function weeksBetween(from: Date, to: Date, zone: string, max: number): Date[] {
  const last = DateTime.fromJSDate(to, { zone }).startOf('week');
  let week = DateTime.fromJSDate(from, { zone }).startOf('week');
  if (week > last) return [last.toJSDate()];
  const floor = last.minus({ weeks: max - 1 });
  if (week < floor) week = floor;
  const weeks: Date[] = [];
  while (week <= last) {
    weeks.push(week.toJSDate());
    week = week.plus({ weeks: 1 });
  }
  return weeks;
}

export const roundName = (ordinal: number): LocalizedText => ({
  zh: `第${ordinal}轮`,
  en: `Round ${ordinal}`,
});

/** advanced ÷ nominated, 0 when nothing was nominated. */
export const yieldOf = (advanced: number, nominated: number): number =>
  nominated > 0 ? advanced / nominated : 0;
