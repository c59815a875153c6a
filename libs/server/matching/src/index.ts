export * from './entities';
export * from './matching.module';
export { ExpireBidsProcessor } from './jobs/expire.processor';
