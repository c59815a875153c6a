export * from './entities';
export * from './programmes.module';
