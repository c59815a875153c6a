import type { AppLanguage } from '../../app/i18n';

export interface Bilingual {
  zh?: string | null;
  en?: string | null;
}

/** Text in the UI language, else the other language, else ''. */
export function pickText(text: Bilingual | null | undefined, language: AppLanguage): string {
  const zh = text?.zh?.trim() ?? '';
  const en = text?.en?.trim() ?? '';
  return language === 'zh-CN' ? zh || en : en || zh;
}

/** A programme sector's name in the UI language. */
export function sectorName(
  sector: { code: string; nameZh: string; nameEn: string } | null | undefined,
  language: AppLanguage,
): string {
  if (!sector) return '';
  return (
    (language === 'zh-CN' ? sector.nameZh : sector.nameEn) || sector.nameEn || sector.nameZh || sector.code
  );
}

/** "28 Feb 2027, 17:00" / "2027年2月28日 17:00" in the given zone. */
export function formatDateTime(iso: string, language: AppLanguage, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  const locale = language === 'en' ? 'en-GB' : 'zh-CN';
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

/** "28 Feb 2027, 17:00 (Europe/Berlin)". */
export function formatWithZone(iso: string, language: AppLanguage, timeZone: string): string {
  const time = formatDateTime(iso, language, timeZone);
  return language === 'zh-CN' ? `${time}（${timeZone}）` : `${time} (${timeZone})`;
}

/** "in 12 days" / "12天后", "3 hours ago"… in the UI language. */
export function formatRelative(iso: string, language: AppLanguage, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;
  if (abs >= day) return format.format(Math.round(diff / day), 'day');
  if (abs >= hour) return format.format(Math.round(diff / hour), 'hour');
  return format.format(Math.round(diff / minute), 'minute');
}

/** "1.2 MB" in the UI language. */
export function formatSize(bytes: number, language: AppLanguage): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1000
        ? [bytes / 1000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** "1,500,000.00 EUR" in the UI language. */
export function formatMoney(amount: string, currency: string, language: AppLanguage): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'code' }).format(
      value,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}
