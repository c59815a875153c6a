import type { notificationsStringsEn } from './strings.en';
import type { webhooksStringsEn } from './webhooks.en';

/**
 * The `notifications` and `webhooks` namespaces as the shell sees them: typed in full, empty at run time.
 * The strings are registered when the bell's or a page's chunk loads (../strings.ts, ../webhook-strings.ts).
 */
export const notificationsEn = {} as typeof notificationsStringsEn;
export const webhooksEn = {} as typeof webhooksStringsEn;
