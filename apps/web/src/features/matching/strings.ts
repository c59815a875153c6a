import i18n from '../../app/i18n';
import { matchingStringsEn } from './locales/strings.en';
import { matchingStringsZh } from './locales/strings.zh-CN';

/* Registers the `matching` strings when a matchmaking page's chunk loads (each page imports this first). */
i18n.addResourceBundle('en', 'translation', { matching: matchingStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { matching: matchingStringsZh }, true, true);
