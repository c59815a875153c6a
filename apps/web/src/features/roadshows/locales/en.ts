import type { roadshowsStringsEn } from './strings.en';

/**
 * The `roadshows` namespace as the shell sees it: typed in full, empty at run time. The strings are
 * registered by the roadshow pages when their chunk loads (../strings.ts).
 */
export const roadshowsEn = {} as typeof roadshowsStringsEn;
