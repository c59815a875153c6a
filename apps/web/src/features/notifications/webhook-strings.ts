import i18n from '../../app/i18n';
import { webhooksStringsEn } from './locales/webhooks.en';
import { webhooksStringsZh } from './locales/webhooks.zh-CN';

/* Registers the `webhooks` strings when the webhooks page's chunk loads. */
i18n.addResourceBundle('en', 'translation', { webhooks: webhooksStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { webhooks: webhooksStringsZh }, true, true);
