import type { projectsStringsEn } from './strings.en';

/**
 * The `projects` namespace as the shell sees it: typed in full, but empty at run time. The strings
 * (strings.en.ts, strings.zh-CN.ts) are registered by the applicant pages when their chunk loads
 * (../strings.ts), so they stay out of the first screen.
 */
export const projectsEn = {} as typeof projectsStringsEn;
