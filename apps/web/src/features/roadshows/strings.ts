import i18n from '../../app/i18n';
import { roadshowsStringsEn } from './locales/strings.en';
import { roadshowsStringsZh } from './locales/strings.zh-CN';

/* Registers the `roadshows` strings when a roadshow page's chunk loads (each page imports this first). */
i18n.addResourceBundle('en', 'translation', { roadshows: roadshowsStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { roadshows: roadshowsStringsZh }, true, true);
