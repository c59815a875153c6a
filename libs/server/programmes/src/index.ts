export * from './entities';
export * from './programmes.module';
export * from './reference';
