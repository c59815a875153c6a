// Playwright journeys against the real stack: builds, migrates a fresh e2e database, starts the
// API, the worker and `vite preview` on free ports, runs the journeys in Debian's Chromium, stops all.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, npmBin, run, startStack, stopAll, waitForHttp } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sixcan_test';
const databaseUrl = Object.assign(new URL(base), { pathname: '/sixcan_e2e' }).toString();
const children = [];

async function main() {
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('Debian chromium is missing: apt-get install chromium fonts-noto-cjk');
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS sixcan_e2e WITH (FORCE)');
  await admin.query('CREATE DATABASE sixcan_e2e');
  await admin.end();

  const [apiPort, webPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    QUEUE_PREFIX: `e2e${Date.now().toString(36)}`,
    PORT: String(apiPort),
    WEB_PORT: String(webPort),
    API_URL: `http://127.0.0.1:${apiPort}`,
    PUBLIC_URL: `http://127.0.0.1:${webPort}`,
    STORAGE_DIR: join(root, 'tmp/e2e/files'),
    MAIL_DROP_DIR: join(root, 'tmp/e2e/mail'),
    LOG_LEVEL: 'warn',
  };
  for (const [args, label] of [
    [['run', 'build:server'], 'build server'],
    [['run', 'build:web'], 'build web'],
  ]) {
    if ((await run(npmBin, args, { cwd: root, env })) !== 0) throw new Error(`${label} failed`);
  }
  if ((await run('node', ['dist/server/tools/migrate.js', 'run'], { cwd: root, env })) !== 0)
    throw new Error('migrations failed');
  children.push(...startStack(root, env));
  await waitForHttp(`http://127.0.0.1:${apiPort}/health/ready`);
  await waitForHttp(`http://127.0.0.1:${webPort}/`);
  const reportFile = join(root, 'tmp/e2e/playwright.json');
  return run(
    'node',
    [
      'node_modules/@playwright/test/cli.js',
      'test',
      '--config',
      'apps/web-e2e/playwright.config.ts',
      '--reporter',
      'list,json',
      // `npm run test:e2e -- intake` runs the journeys whose file matches.
      ...process.argv.slice(2),
    ],
    {
      cwd: root,
      env: { ...env, E2E_BASE_URL: `http://127.0.0.1:${webPort}`, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile },
    },
  );
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll(children);
}
process.exit(code);
