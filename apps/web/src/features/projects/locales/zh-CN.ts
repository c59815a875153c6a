import type { projectsEn } from './en';

/** Empty at run time, like projectsEn: the applicant pages register strings.zh-CN.ts (see ../strings.ts). */
export const projectsZh = {} as typeof projectsEn;
