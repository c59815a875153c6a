/**
 * Currency conversion through an organizer-maintained FX table, exact on integer minor units (PRODUCT.md
 * invariant 7): rates are read as exact decimals, the arithmetic is done on bigint fractions and the result
 * is rounded once, to the target currency's minor unit, half to even (banker's rounding).
 */
import { isCurrencyCode, minorDigits, type FieldIssue } from '../intake';

/**
 * Rates as units of each currency per one unit of `base` (major units), e.g. base `CNY` with
 * `{ USD: '0.1378', JPY: '21.05' }`. The base currency's own rate is 1 and may be left out. Decimal strings
 * are exact; numbers are read through their shortest decimal form.
 */
export interface FxTable {
  base: string;
  rates: Readonly<Record<string, string | number>>;
}

export enum FxError {
  /** The table has no rate for the currency. */
  MISSING_RATE = 'MISSING_RATE',
  /** The rate is not a positive decimal (or the base's own rate is not 1). */
  INVALID_RATE = 'INVALID_RATE',
  /** Not an ISO 4217 code. */
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
}

export type FxResult = { ok: true; amountMinor: bigint } | { ok: false; error: FxError; currency: string };

/** An exact positive fraction `num / den`. */
interface Ratio {
  num: bigint;
  den: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A rate as an exact fraction, or undefined when it is not a positive finite decimal. */
export function parseRate(rate: string | number): Ratio | undefined {
  if (typeof rate === 'number' && !Number.isFinite(rate)) return undefined;
  const match = DECIMAL.exec(String(rate).trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? '0') - fraction.length;
  if (Math.abs(exponent) > 60) return undefined;
  const digits = BigInt((match[1] ?? '') + fraction);
  if (digits === 0n) return undefined;
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

function rateOf(table: FxTable, currency: string): Ratio | FxError {
  if (!isCurrencyCode(currency)) return FxError.UNKNOWN_CURRENCY;
  const raw = table.rates[currency];
  if (currency === table.base) {
    if (raw === undefined) return { num: 1n, den: 1n };
    const own = parseRate(raw);
    return own && own.num === own.den ? own : FxError.INVALID_RATE;
  }
  if (raw === undefined) return FxError.MISSING_RATE;
  return parseRate(raw) ?? FxError.INVALID_RATE;
}

/** `num / den` rounded to an integer, half to even; `den` > 0. */
export function divideHalfEven(num: bigint, den: bigint): bigint {
  const negative = num < 0n;
  const n = negative ? -num : num;
  let q = n / den;
  const twice = 2n * (n % den);
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/**
 * Convert an amount in minor units of `from` to minor units of `to`, rounded half to even to the target's
 * minor unit (CNY 2 digits, JPY 0, KWD 3). Same currency returns the amount unchanged, without the table.
 * Fails when either currency is unknown, has no rate or has an invalid one.
 */
export function convertMinor(amountMinor: bigint, from: string, to: string, table: FxTable): FxResult {
  if (from === to) {
    return isCurrencyCode(from)
      ? { ok: true, amountMinor }
      : { ok: false, error: FxError.UNKNOWN_CURRENCY, currency: from };
  }
  if (!isCurrencyCode(table.base))
    return { ok: false, error: FxError.UNKNOWN_CURRENCY, currency: table.base };
  const source = rateOf(table, from);
  if (typeof source === 'string') return { ok: false, error: source, currency: from };
  const target = rateOf(table, to);
  if (typeof target === 'string') return { ok: false, error: target, currency: to };
  // minor_to = minor_from / 10^df / rate_from * rate_to * 10^dt
  const shift = minorDigits(to) - minorDigits(from);
  let num = amountMinor * target.num * source.den;
  let den = target.den * source.num;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den *= 10n ** BigInt(-shift);
  return { ok: true, amountMinor: divideHalfEven(num, den) };
}

/**
 * Problems with an FX table as an organizer enters it: a valid base, ISO 4217 codes, positive decimal
 * rates, and the base (when listed) at 1. Field names follow `rates.<code>`.
 */
export function validateFxTable(table: FxTable): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCurrencyCode(table.base))
    issues.push({ field: 'base', message: `"${table.base}" is not an ISO 4217 currency code` });
  for (const [code, rate] of Object.entries(table.rates)) {
    const field = `rates.${code}`;
    if (!isCurrencyCode(code)) issues.push({ field, message: `"${code}" is not an ISO 4217 currency code` });
    else if (rateOf(table, code) === FxError.INVALID_RATE)
      issues.push({
        field,
        message: code === table.base ? 'the base currency is 1' : `"${rate}" is not a positive rate`,
      });
  }
  return issues;
}
