import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, isAppLanguage, storeLanguage, type AppLanguage } from './language';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export { LANGUAGES, type AppLanguage } from './language';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

const DAYJS_LOCALE: Record<AppLanguage, string> = { en: 'en', 'zh-CN': 'zh-cn' };

/** Keeps everything outside React in step with the UI language. */
function applyLanguage(language: string): void {
  const lng = isAppLanguage(language) ? language : 'en';
  document.documentElement.lang = lng;
  document.title = i18n.t('app.documentTitle');
  dayjs.locale(DAYJS_LOCALE[lng]);
}

// Registered before React mounts, so dayjs and <html lang> switch before components re-render.
i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'zh-CN'],
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  showSupportNotice: false,
});

/** Switch the UI language now and remember it for the next visit. */
export function setLanguage(language: AppLanguage): void {
  storeLanguage(language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18n.language) ? i18n.language : 'en';
}

export default i18n;
