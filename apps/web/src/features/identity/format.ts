import type { AppLanguage } from '../../app/i18n';

/** A date (and optionally time) in the UI language and the user's time zone. */
export function formatDate(iso: string, language: AppLanguage, timeZone?: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: withTime ? 'short' : undefined,
      timeZone,
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
  }
}
