/** The reference scenario: one programme, its channels and a deterministic intake for seeds, tests and benchmarks. */
export { REFERENCE_PROGRAMME } from './programme';
export type { ReferenceProgramme } from './programme';
export { referenceChannels } from './channels';
export type { ReferenceChannel } from './channels';
export { referenceProjects } from './projects';
export type { ReferenceProject } from './projects';
export { referenceTimeZoneOf } from './countries';
export { importCells, referenceWorkbook } from './sheet';
