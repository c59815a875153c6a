/** English strings of the applicant side: public call pages, project wizard, project page. */
export const projectsEn = {};
