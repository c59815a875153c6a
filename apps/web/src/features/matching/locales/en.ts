import type { matchingStringsEn } from './strings.en';

/**
 * The `matching` namespace as the shell sees it: typed in full, empty at run time. The strings are
 * registered by the matchmaking pages when their chunk loads (../strings.ts).
 */
export const matchingEn = {} as typeof matchingStringsEn;
