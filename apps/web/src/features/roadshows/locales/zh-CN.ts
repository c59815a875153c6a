import type { roadshowsEn } from './en';

/** Empty at run time, like roadshowsEn: the roadshow pages register strings.zh-CN.ts (see ../strings.ts). */
export const roadshowsZh = {} as typeof roadshowsEn;
