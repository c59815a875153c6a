export * from './entities';
export * from './matching.module';
export { ExpireBidsProcessor } from './jobs/expire.processor';
export { DealRemindProcessor } from './jobs/remind.processor';
export { seedMatching, AGREEMENT_AMOUNTS_CNY } from './seed/seed';
export type { MatchingSeedOptions } from './seed/seed';
