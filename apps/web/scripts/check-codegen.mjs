#!/usr/bin/env node
// Fails when the committed GraphQL codegen output (apps/web/src/gql) is stale, i.e. differs from
// what `graphql-codegen --config apps/web/codegen.config.ts` produces from apps/api/schema.gql and the
// graphql() documents under apps/web/src. Regenerates into a temp dir; never touches src/gql.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(webRoot, '..', '..');
const committedDir = join(webRoot, 'src', 'gql');
const codegenPackage = createRequire(import.meta.url).resolve('@graphql-codegen/cli/package.json');
const codegenBin = join(
  dirname(codegenPackage),
  JSON.parse(readFileSync(codegenPackage, 'utf8')).bin['graphql-codegen'],
);
const tempDir = mkdtempSync(join(tmpdir(), 'sixcan-codegen-'));

/** @param {string} dir @returns {string[]} file paths relative to dir, sorted */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

try {
  const run = spawnSync(
    process.execPath,
    [codegenBin, '--config', 'apps/web/codegen.config.ts', '--silent'],
    {
      cwd: repoRoot,
      env: { ...process.env, SIXCAN_CODEGEN_OUT: `${tempDir}/` },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
    console.error(
      'check-codegen: graphql-codegen failed (see above); fix the GraphQL documents or the schema.',
    );
    process.exit(1);
  }

  const expected = listFiles(tempDir);
  const actual = listFiles(committedDir);
  const problems = [];
  for (const file of expected) {
    if (!actual.includes(file)) problems.push(`missing  ${file}`);
    else if (readFileSync(join(tempDir, file), 'utf8') !== readFileSync(join(committedDir, file), 'utf8'))
      problems.push(`changed  ${file}`);
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`extra    ${file}`);

  if (problems.length > 0) {
    console.error(
      'check-codegen: apps/web/src/gql is out of date with apps/api/schema.gql and the graphql() documents:',
    );
    for (const problem of problems) console.error(`  ${problem}`);
    console.error('Run `npm run codegen` and commit apps/web/src/gql.');
    process.exit(1);
  }
  console.log(`check-codegen: apps/web/src/gql is up to date (${expected.length} files).`);
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
