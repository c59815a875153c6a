/**
 * Writes apps/api/schema.gql from the code-first resolvers (`npm run schema:emit`), or with
 * `--check` fails when the committed file is stale. Needs a reachable DATABASE_URL, as the API does.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApi } from '../apps/api/src/bootstrap';

/** npm scripts and jest run from the repository root. */
export const COMMITTED_SCHEMA = resolve(process.cwd(), 'apps/api/schema.gql');

/** Boots the API far enough to print its schema into `file`. */
export async function emitSchema(file: string): Promise<string> {
  process.env['GRAPHQL_SCHEMA_FILE'] = file;
  const app = await createApi({ logs: false });
  await app.init();
  await app.close();
  return readFile(file, 'utf8');
}

async function main(): Promise<void> {
  if (process.argv.includes('--check')) {
    const fresh = await emitSchema(join(mkdtempSync(join(tmpdir(), 'sixcan-schema-')), 'schema.gql'));
    if (fresh !== (await readFile(COMMITTED_SCHEMA, 'utf8'))) {
      console.error(
        'apps/api/schema.gql is stale: run `npm run schema:emit` and `npm run codegen`, then commit both.',
      );
      process.exit(1);
    }
    console.log('apps/api/schema.gql is up to date.');
  } else {
    await emitSchema(COMMITTED_SCHEMA);
    console.log('Wrote apps/api/schema.gql');
  }
  process.exit(0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
