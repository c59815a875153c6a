import type { auditStringsEn } from './strings.en';

/**
 * The `audit` namespace as the shell sees it: typed in full, empty at run time. The strings are registered by
 * the audit pages when their chunk loads (../strings.ts).
 */
export const auditEn = {} as typeof auditStringsEn;
