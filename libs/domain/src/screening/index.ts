export * from './round';
export * from './assignment';
