// `npm run test:resilience`: builds the server (the fault tests run it as real processes), runs
// resilience/*.resilience-spec.ts on a database of its own, then prints every R figure of QUALITY.md
// with PASS/FAIL. Exits non-zero when a test fails, a figure misses its target or an R row has none.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmBin, run } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const figuresFile = join(root, 'tmp/resilience/figures.jsonl');
rmSync(figuresFile, { force: true });
mkdirSync(dirname(figuresFile), { recursive: true });

const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sixcan_resilience',
  TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/8',
};
if ((await run(npmBin, ['run', 'build:server'], { cwd: root, env })) !== 0) process.exit(1);
const code = await run(
  'node',
  ['node_modules/jest/bin/jest.js', '-c', 'jest.resilience.cjs', '--maxWorkers=2', ...process.argv.slice(2)],
  { cwd: root, env },
);

const figures = existsSync(figuresFile)
  ? readFileSync(figuresFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const num = (id) => (id.startsWith('R') ? Number(id.slice(1)) : 99);
figures.sort((a, b) => num(a.id) - num(b.id));
console.log('\nResilience figures (QUALITY.md R1–R12, and scale-out)');
for (const f of figures)
  console.log(
    `${f.id} ${f.name}: ${f.value} (target ${f.op} ${f.target}) ${f.pass ? 'PASS' : 'FAIL'}${f.detail ? `  [${f.detail}]` : ''}`,
  );
const filtered = process.argv.length > 2;
const missing = filtered
  ? []
  : [...Array.from({ length: 12 }, (_, i) => `R${i + 1}`), 'scale-out'].filter(
      (id) => !figures.some((f) => f.id === id),
    );
if (missing.length) console.log(`no figure recorded for ${missing.join(', ')}`);
const failed = figures.filter((f) => !f.pass).length;
console.log(
  `\nresilience: ${figures.length - failed} figures met, ${failed} missed${missing.length ? `, ${missing.length} missing` : ''}`,
);
process.exit(code !== 0 || failed || missing.length ? 1 : 0);
