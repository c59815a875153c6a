export * from './locale';
export * from './roles';
export * from './intake';
export * from './screening';
export * from './matching';
export * from './roadshows';
