export * from './api-harness';
export * from './mail-catcher';
export * from './test-database';
export * from './eventually';
export * from './statements';
export * from './ports';
