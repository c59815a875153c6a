export * from './entities';
export * from './programmes.module';
export * from './reference';
export { PROJECT_COLUMNS } from './spreadsheet';
export * from './seed';
export { ImportProcessor } from './import/import.processor';
export { ImportMode, ProjectImport } from './import/project-import.entity';
