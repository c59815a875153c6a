export * from './round';
export * from './assignment';
export * from './normalisation';
export * from './gate';
export * from './ranking';
