import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './test-database';

// Each test file runs with its own copy of process.env: its own queue namespace and folders.
const dir = mkdtempSync(join(tmpdir(), 'sixcan-test-'));
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URL: TEST_DATABASE_URL,
  REDIS_URL: TEST_REDIS_URL,
  QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
  LOG_LEVEL: 'silent',
  STORAGE_DIR: join(dir, 'files'),
  MAIL_DROP_DIR: join(dir, 'mail'),
  OUTBOX_POLL_MS: '200',
  DATABASE_POOL_SIZE: '4',
});

// @nestjs/graphql keeps its type registry on the process global, which outlives a test file in a
// jest worker; start every file with an empty one so types from the previous file do not leak in.
const leaky = globalThis as Record<string, unknown>;
delete leaky['GqlTypeMetadataStorage'];
delete leaky['GqlLazyMetadataStorageHost'];
