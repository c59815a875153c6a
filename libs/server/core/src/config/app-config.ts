import { Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Env, parseConfig } from './config.schema';

/** The release version: the root package.json above this file (source tree, dist or image). */
function readVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'sixcan' && pkg.version) return pkg.version;
  }
  return 'unknown';
}

const VERSION = readVersion();

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/sixcan';

/**
 * The one reader of process.env. Everything else asks this service.
 */
@Injectable()
export class AppConfig {
  readonly env: Env;

  constructor(raw: Record<string, string | undefined> = process.env) {
    this.env = parseConfig(raw);
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get databaseUrl(): string {
    return this.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  }

  get redisUrl(): string | undefined {
    return this.env.REDIS_URL;
  }

  /** `redis` when REDIS_URL is set, else BullMQ's PostgreSQL backend (one instance only). */
  get queueBackend(): 'redis' | 'postgres' {
    return this.env.REDIS_URL ? 'redis' : 'postgres';
  }

  get version(): string {
    return VERSION;
  }
}
