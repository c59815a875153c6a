import { useTranslation } from 'react-i18next';
import { isAppLanguage, type AppLanguage } from './language';

/** The current UI language; re-renders the caller when it changes. */
export function useAppLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  return isAppLanguage(i18n.language) ? i18n.language : 'en';
}
