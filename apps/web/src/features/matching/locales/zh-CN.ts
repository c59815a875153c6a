import type { matchingEn } from './en';

/** Empty at run time, like matchingEn: the matchmaking pages register strings.zh-CN.ts (see ../strings.ts). */
export const matchingZh = {} as typeof matchingEn;
