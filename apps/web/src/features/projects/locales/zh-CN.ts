import type { projectsEn } from './en';

export const projectsZh: typeof projectsEn = {};
