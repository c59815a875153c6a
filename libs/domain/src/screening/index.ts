export * from './round';
export * from './assignment';
export * from './normalisation';
