import type { insightsStringsEn } from './strings.en';

/**
 * The `insights` namespace as the shell sees it: typed in full, empty at run time. The strings are
 * registered by the dashboard's chunk when it loads (../strings.ts).
 */
export const insightsEn = {} as typeof insightsStringsEn;
