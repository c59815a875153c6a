/**
 * Schema migrations (TypeORM): `run`, `revert`, `show`, `check` (fails when entities and migrations
 * disagree) and `generate <Name>` (writes a migration from the difference and registers it).
 * Reads DATABASE_URL through the config module.
 */
import 'reflect-metadata';
import { AppConfig, dataSourceOptions } from '@sixcan/server-core';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../apps/api/src/database';

/** npm scripts run from the repository root. */
const MIGRATIONS_DIR = resolve(process.cwd(), 'apps/api/src/migrations');

export function createDataSource(url?: string): DataSource {
  const config = new AppConfig();
  return new DataSource(
    dataSourceOptions({
      url: url ?? config.databaseUrl,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      applicationName: 'sixcan-migrate',
    }),
  );
}

/** SQL that would bring the database to the entities' shape (empty when in sync). */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query) };
}

const q = (s: string) => '`' + s.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';

async function generate(dataSource: DataSource, name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Name the migration in PascalCase, e.g. AddProjects');
  await dataSource.runMigrations({ transaction: 'each' });
  const { up, down } = await pendingSchemaChanges(dataSource);
  if (!up.length) {
    console.log('Entities and migrations agree: nothing to generate.');
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const file = `${stamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((s) => `    await queryRunner.query(${q(s)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((s) => `    await queryRunner.query(${q(s)});`)
  .join('\n')}
  }
}
`;
  await writeFile(join(MIGRATIONS_DIR, `${file}.ts`), body);
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = await readFile(indexPath, 'utf8');
  // The imports are the register (oldest first); the array is rebuilt from them.
  const imports = [...index.matchAll(/^import .*$/gm)].map((m) => m[0]);
  imports.push(`import { ${className} } from './${file}';`);
  const classes = imports.map((line) => /import \{ (\w+) \}/.exec(line)?.[1]).filter(Boolean);
  await writeFile(
    indexPath,
    `${imports.join('\n')}\n\n/** Every migration, oldest first. \`npm run migration:generate -- Name\` appends here. */\nexport const MIGRATIONS = [\n${classes.map((c) => `  ${c},`).join('\n')}\n];\n`,
  );
  // Formatted like the rest of the tree, so lint stays green.
  execFileSync(process.execPath, [
    require.resolve('prettier/bin/prettier.cjs'),
    '--write',
    join(MIGRATIONS_DIR, `${file}.ts`),
    indexPath,
  ]);
  console.log(`Wrote apps/api/src/migrations/${file}.ts (${up.length} statements). Review it, then rebuild.`);
}

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  const dataSource = createDataSource();
  await dataSource.initialize();
  try {
    switch (command) {
      case 'run': {
        const done = await dataSource.runMigrations({ transaction: 'each' });
        console.log(
          done.length ? `Applied ${done.map((m) => m.name).join(', ')}` : 'Database is up to date.',
        );
        break;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        break;
      case 'show':
        console.log(
          (await dataSource.showMigrations()) ? 'There are pending migrations.' : 'No pending migrations.',
        );
        break;
      case 'check': {
        await dataSource.runMigrations({ transaction: 'each' });
        const { up } = await pendingSchemaChanges(dataSource);
        if (up.length) {
          console.error(
            `Entities and migrations disagree; run npm run migration:generate -- <Name>:\n${up.join(';\n')}`,
          );
          process.exitCode = 1;
        } else {
          console.log('Entities and migrations agree.');
        }
        break;
      }
      case 'generate':
        await generate(dataSource, arg ?? '');
        break;
      default:
        console.error('usage: migrate run | revert | show | check | generate <Name>');
        process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
