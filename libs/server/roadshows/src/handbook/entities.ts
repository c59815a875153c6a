import { HandbookJob } from './handbook-job.entity';

export const HANDBOOK_ENTITIES = [HandbookJob];
export { HandbookJob };
