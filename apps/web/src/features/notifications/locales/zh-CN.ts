import type { notificationsEn, webhooksEn } from './en';

/** Empty at run time, like notificationsEn and webhooksEn (see ../strings.ts and ../webhook-strings.ts). */
export const notificationsZh = {} as typeof notificationsEn;
export const webhooksZh = {} as typeof webhooksEn;
