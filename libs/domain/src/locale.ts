export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Picks the supported locale closest to a browser/Accept-Language tag; Chinese variants map to zh-CN. */
export function resolveLocale(tag: string | undefined | null): Locale {
  const first = (tag ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}
