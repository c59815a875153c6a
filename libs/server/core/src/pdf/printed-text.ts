/** Helpers of the printed documents' bilingual text (PDF and spreadsheet), in Chinese and English. */

/** A printed language. */
export type PrintedLang = 'zh' | 'en';

/** A label in both printed languages. */
export type Labels = { zh: string; en: string };

const regionNames = new Map<PrintedLang, Intl.DisplayNames>();

/** A country's name from its ISO 3166-1 code (the code itself when the runtime has no name for it). */
export function countryName(code: string | null, lang: PrintedLang): string | null {
  if (!code) return null;
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code.trim().toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "2026年12月1日" / "1 December 2026" in a time zone. */
export function formatDate(date: Date, timeZone: string, lang: PrintedLang): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone,
  }).format(date);
}

/** Text a spreadsheet could run as a formula gets a leading apostrophe. */
export const guardFormula = (text: string | null | undefined): string | null =>
  text == null || text === '' ? null : /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
