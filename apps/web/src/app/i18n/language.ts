/** The UI languages, their storage and detection. Pure functions plus small DOM helpers. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'sixcan.lang';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** zh, zh-CN, zh-Hans-… → zh-CN; anything else → en. */
export function languageFromBrowser(browserLanguage: string | undefined): AppLanguage {
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function readStoredLanguage(): AppLanguage | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isAppLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled (privacy mode): fall back to the browser language
  }
}

export function storeLanguage(language: AppLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The saved choice, else the browser's preferred language. */
export function detectLanguage(): AppLanguage {
  return readStoredLanguage() ?? languageFromBrowser(window.navigator.language);
}
