export * from './enums';
export * from './deals';
export * from './fx';
export * from './bids';
export * from './regions';
export * from './keywords';
export * from './match-score';
export * from './ranking';
