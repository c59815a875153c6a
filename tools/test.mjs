// `npm test`: lint, typecheck, generated-code checks, unit + integration + API end-to-end tests
// (jest, real PostgreSQL and Redis), then the Playwright journeys. Prints one closing count line.
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmBin, run } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'tmp'), { recursive: true });
const jestReport = join(root, 'tmp/jest.json');
const steps = [
  ['lint', npmBin, ['run', 'lint']],
  ['typecheck', npmBin, ['run', 'typecheck']],
  ['web codegen is current', npmBin, ['run', 'check:codegen']],
  [
    'jest (unit, integration, API e2e)',
    'node',
    ['node_modules/jest/bin/jest.js', '--maxWorkers=2', '--json', `--outputFile=${jestReport}`],
  ],
  ['playwright journeys', 'node', ['tools/e2e.mjs']],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, { cwd: root });
  console.log(`${code === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (name.startsWith('jest')) {
    try {
      const report = JSON.parse(readFileSync(jestReport, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    } catch {
      failed += 1;
    }
  } else if (name.startsWith('playwright')) {
    try {
      const stats = JSON.parse(readFileSync(join(root, 'tmp/e2e/playwright.json'), 'utf8')).stats;
      passed += stats.expected;
      failed += stats.unexpected + stats.flaky;
    } catch {
      failed += 1;
    }
  } else {
    if (code === 0) passed += 1;
    else failed += 1;
  }
  if (code !== 0) {
    console.log(`\ntests: ${passed} passed, ${failed} failed`);
    process.exit(code);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
