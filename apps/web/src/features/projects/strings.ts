import i18n from '../../app/i18n';
import { projectsStringsEn } from './locales/strings.en';
import { projectsStringsZh } from './locales/strings.zh-CN';

/*
 * Registers the `projects` strings when an applicant page's chunk loads (each page imports this module
 * first), keeping them out of the shell's bundle; locales/en.ts only gives the shell their type.
 */
i18n.addResourceBundle('en', 'translation', { projects: projectsStringsEn }, true, true);
i18n.addResourceBundle('zh-CN', 'translation', { projects: projectsStringsZh }, true, true);
