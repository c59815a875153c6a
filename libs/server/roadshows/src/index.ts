export { HANDBOOK_ENTITIES, HandbookJob } from './handbook/entities';
export { HandbookJobsModule, HandbookModule } from './handbook/handbook.module';
export { HandbookProcessor } from './handbook/handbook.processor';
export { HandbookJobStatus, HandbookLanguages } from './handbook/handbook.types';
