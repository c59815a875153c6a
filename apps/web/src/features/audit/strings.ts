import i18n from '../../app/i18n';
import { auditStringsEn } from './locales/strings.en';
import { auditStringsZh } from './locales/strings.zh-CN';

/* Registers the `audit` strings when an audit chunk loads (each entry module imports this first). */
i18n.addResourceBundle('en', 'translation', { audit: auditStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { audit: auditStringsZh }, true, true);
