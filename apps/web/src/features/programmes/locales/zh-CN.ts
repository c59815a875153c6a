import type { programmesEn } from './en';

export const programmesZh: typeof programmesEn = {};
