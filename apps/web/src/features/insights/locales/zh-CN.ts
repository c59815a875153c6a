import type { insightsEn } from './en';

/** Empty at run time, like insightsEn: the dashboard registers strings.zh-CN.ts (see ../strings.ts). */
export const insightsZh = {} as typeof insightsEn;
