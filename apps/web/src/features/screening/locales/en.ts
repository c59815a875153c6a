import type { screeningStringsEn } from './strings.en';

/**
 * The `screening` namespace as the shell sees it: typed in full, empty at run time. The strings are
 * registered by the screening pages when their chunk loads (../strings.ts).
 */
export const screeningEn = {} as typeof screeningStringsEn;
