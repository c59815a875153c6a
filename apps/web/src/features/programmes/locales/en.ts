/** English strings of the programmes feature (programmes, channels, project lists, imports). */
export const programmesEn = {};
