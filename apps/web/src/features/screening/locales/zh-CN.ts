import type { screeningEn } from './en';

/** Empty at run time, like screeningEn: the screening pages register strings.zh-CN.ts (see ../strings.ts). */
export const screeningZh = {} as typeof screeningEn;
