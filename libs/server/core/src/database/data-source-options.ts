import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for class lists
type ClassList = MixedList<Function | string>;

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  /** How long a query waits for a free pool connection before it fails (retryable), in ms. */
  poolTimeoutMs?: number;
  /** How long a statement waits for a row or table lock before it fails (retryable), in ms; 0: no limit. */
  lockTimeoutMs?: number;
  entities: ClassList;
  migrations?: ClassList;
  applicationName?: string;
}

/** The one place TypeORM is configured: migrations only, never synchronize. */
export function dataSourceOptions(s: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: s.url,
    entities: s.entities,
    migrations: s.migrations ?? [],
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: s.poolSize ?? 10,
      application_name: s.applicationName ?? 'sixcan',
      connectionTimeoutMillis: s.poolTimeoutMs ?? 5000,
      idleTimeoutMillis: 30000,
      ...(s.lockTimeoutMs ? { lock_timeout: s.lockTimeoutMs } : {}),
    },
  };
}
