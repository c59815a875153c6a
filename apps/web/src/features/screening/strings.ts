import i18n from '../../app/i18n';
import { screeningStringsEn } from './locales/strings.en';
import { screeningStringsZh } from './locales/strings.zh-CN';

/* Registers the `screening` strings when a screening page's chunk loads (each page imports this first). */
i18n.addResourceBundle('en', 'translation', { screening: screeningStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { screening: screeningStringsZh }, true, true);
