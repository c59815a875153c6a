import i18n from '../../app/i18n';
import { notificationsStringsEn } from './locales/strings.en';
import { notificationsStringsZh } from './locales/strings.zh-CN';

/* Registers the `notifications` strings when the bell's or the centre's chunk loads (each imports this first). */
i18n.addResourceBundle('en', 'translation', { notifications: notificationsStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { notifications: notificationsStringsZh }, true, true);
