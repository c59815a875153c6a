export * from './entities';
export * from './programmes.module';
export * from './reference';
export { PROJECT_COLUMNS } from './spreadsheet';
export * from './seed';
