import type { AppLanguage } from '../../app/i18n';

/** An instant in the user's language and time zone, with the zone shown (users span many zones). */
export function formatInstant(iso: string, language: AppLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
}

export function formatNumber(value: number, language: AppLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}
