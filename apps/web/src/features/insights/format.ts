import type { AppLanguage } from '../../app/i18n';

/** Locale for numbers: British English gives "¥2.4bn", Chinese "¥24亿". */
const NUMBER_LOCALE: Record<AppLanguage, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export interface MoneyValue {
  amount: string;
  currency: string;
}

/** "2,400" / "2,400" in the UI language. */
export function formatCount(value: number, language: AppLanguage): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[language]).format(value);
}

/** "38%" of a share between 0 and 1 ("0.4%" below 1%). */
export function formatShare(share: number, language: AppLanguage): string {
  if (!Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(NUMBER_LOCALE[language], {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0,
  }).format(share);
}

/** `part / whole` as a share, or undefined when there is no whole to compare with. */
export function share(part: number, whole: number): number | undefined {
  return whole > 0 ? part / whole : undefined;
}

/** A short amount for headline figures and chart labels: "¥2.4bn", "¥24亿", "€350k". */
export function formatCompactMoney(value: number, currency: string, language: AppLanguage): string {
  try {
    return new Intl.NumberFormat(NUMBER_LOCALE[language], {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return `${formatCount(value, language)} ${currency}`;
  }
}

/** The exact amount with its currency code: "CNY 2,412,500,000", "EUR 1,250.50". */
export function formatExactMoney(money: MoneyValue, language: AppLanguage): string {
  const value = Number(money.amount);
  if (!Number.isFinite(value)) return `${money.amount} ${money.currency}`;
  try {
    // Whole amounts without ".00": "CNY 2,400,000,000".
    const whole = Number.isInteger(value);
    return new Intl.NumberFormat(NUMBER_LOCALE[language], {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'code',
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(value);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** An amount in major units as a number (0 when absent), for sums and charts. */
export function moneyNumber(money: MoneyValue | null | undefined): number {
  const value = money ? Number(money.amount) : 0;
  return Number.isFinite(value) ? value : 0;
}

/** "14:05" (today) or "1 Dec, 14:05" in the user's time zone. */
export function formatClock(iso: string, language: AppLanguage, timeZone?: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'zh-CN';
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      d,
    );
  const sameDay = safe(() => day(date) === day(now), false);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return safe(
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date),
    new Intl.DateTimeFormat(locale, options).format(date),
  );
}

/** "3 minutes ago", "just now" / "3分钟前", "刚刚". */
export function formatAgo(iso: string, language: AppLanguage, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const minute = 60_000;
  const abs = Math.abs(diff);
  if (abs < minute) return format.format(0, 'second');
  if (abs < 60 * minute) return format.format(Math.round(diff / minute), 'minute');
  if (abs < 24 * 60 * minute) return format.format(Math.round(diff / (60 * minute)), 'hour');
  return format.format(Math.round(diff / (24 * 60 * minute)), 'day');
}

/** "1 Dec" / "12月1日": the week a trend point stands for, by its Monday in the programme's zone. */
export function formatWeek(iso: string, language: AppLanguage, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
  const locale = language === 'en' ? 'en-GB' : 'zh-CN';
  return safe(
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date),
    new Intl.DateTimeFormat(locale, options).format(date),
  );
}

/** "2026-11-30": a week's Monday in the programme's zone, for CSV files (spreadsheets read it as a date). */
export function isoDay(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = (zone?: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(date);
  return safe(() => format(timeZone), format('UTC'));
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
