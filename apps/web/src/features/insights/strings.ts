import i18n from '../../app/i18n';
import { insightsStringsEn } from './locales/strings.en';
import { insightsStringsZh } from './locales/strings.zh-CN';

/* Registers the `insights` strings when the dashboard's chunk loads (each entry module imports this first). */
i18n.addResourceBundle('en', 'translation', { insights: insightsStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { insights: insightsStringsZh }, true, true);
