export * from './locale';
export * from './roles';
