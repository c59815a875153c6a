// R12 backup and restore drill: the demo scenario (tools/seed.ts) seeded into a fresh database,
// `pg_dump -Fc`, `pg_restore` into another fresh database, then every table compared row for row
// (count and an order-independent checksum of all rows), every sequence, the migrations history and
// the append-only triggers of the audit trail. The same comparison as the drill in
// docs/operations.md, "Backups and restore".
import { TEST_DATABASE_URL, withDatabase } from '@sixcan/server-testing';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createDataSource } from '../tools/migrate';
import { seedDemo } from '../tools/seed';
import { expectFigure } from './support/figures';

const run = promisify(execFile);
const base = new URL(TEST_DATABASE_URL).pathname.slice(1);
const SOURCE = `${base}_r12_source`;
const RESTORED = `${base}_r12_restored`;
const scratch = mkdtempSync(join(tmpdir(), 'sixcan-r12-'));
const dumpFile = join(scratch, 'sixcan.dump');

/** The comparison query of the drill: per table, its row count and the md5 of its sorted row md5s. */
const TABLE_CHECKSUMS = `
  SELECT format('%I.%I', table_schema, table_name) AS name
    FROM information_schema.tables
   WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
   ORDER BY 1`;
const checksumOf = (table: string) =>
  `SELECT count(*)::bigint AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS checksum FROM ${table} t`;

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: withDatabase(TEST_DATABASE_URL, 'postgres') });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}
async function onDatabase<T>(database: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: withDatabase(TEST_DATABASE_URL, database) });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}
const dropDatabases = () =>
  admin(async (c) => {
    for (const db of [SOURCE, RESTORED]) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

/** Everything the drill compares, read from one database. */
async function snapshot(database: string) {
  return onDatabase(database, async (c) => {
    const tables = new Map<string, { rows: number; checksum: string }>();
    for (const { name } of (await c.query<{ name: string }>(TABLE_CHECKSUMS)).rows) {
      const [row] = (await c.query<{ rows: string; checksum: string }>(checksumOf(name))).rows;
      tables.set(name, { rows: Number(row?.rows), checksum: row?.checksum ?? '' });
    }
    const sequences = (
      await c.query<{ name: string; value: string | null; called: boolean }>(
        `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value, last_value IS NOT NULL AS called
           FROM pg_sequences ORDER BY 1`,
      )
    ).rows;
    const migrations = (
      await c.query<{ name: string }>(`SELECT name FROM typeorm_migration ORDER BY id`)
    ).rows.map((r) => r.name);
    const triggers = (
      await c.query<{ name: string }>(
        `SELECT tgrelid::regclass::text || ' ' || tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    return { tables, sequences, migrations, triggers };
  });
}

/** Migrates the database and seeds the demo scenario into it, as `npm run demo` does. */
async function seed(database: string): Promise<string[]> {
  const ds = createDataSource(withDatabase(TEST_DATABASE_URL, database));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    return await seedDemo(ds);
  } finally {
    await ds.destroy();
  }
}
const pgArgs = (database: string) => {
  const u = new URL(withDatabase(TEST_DATABASE_URL, database));
  return ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
};

describe('R12 backup and restore drill', () => {
  jest.setTimeout(15 * 60_000);

  beforeAll(async () => {
    await dropDatabases();
    await admin((c) => c.query(`CREATE DATABASE ${SOURCE}`));
  });
  afterAll(async () => {
    await dropDatabases();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('restores the seeded demo scenario with every row, sequence, migration and audit trigger equal', async () => {
    const seeded = await seed(SOURCE);
    expect(seeded.join('\n')).toContain('programme dashboard');
    // The seed writes its rows directly, without an audit trail: give the dump some audit and
    // domain events, so the restored append-only tables have rows to refuse changes to.
    await onDatabase(SOURCE, (c) =>
      c.query(
        `WITH org AS (SELECT id FROM organization ORDER BY name LIMIT 1),
              a AS (INSERT INTO audit_event (organization_id, action, object_type, object_id, summary)
                    SELECT org.id, 'backup.drill', 'organization', org.id::text, '{"drill": true}' FROM org, generate_series(1, 3))
         INSERT INTO domain_event (organization_id, type, object_type, object_id, data)
         SELECT org.id, 'backup.drill', 'organization', org.id::text, '{"drill": true}' FROM org, generate_series(1, 3)`,
      ),
    );

    await run('pg_dump', [...pgArgs(SOURCE), '-Fc', '-d', SOURCE, '-f', dumpFile]);
    await admin((c) => c.query(`CREATE DATABASE ${RESTORED}`));
    await run('pg_restore', [...pgArgs(RESTORED), '--no-owner', '--exit-on-error', '-d', RESTORED, dumpFile]);

    const [source, restored] = [await snapshot(SOURCE), await snapshot(RESTORED)];

    // Every table, both ways, and every row of each.
    expect([...restored.tables.keys()]).toEqual([...source.tables.keys()]);
    let rows = 0;
    let equalRows = 0;
    const differing: string[] = [];
    for (const [name, s] of source.tables) {
      const r = restored.tables.get(name);
      rows += s.rows;
      if (r && r.rows === s.rows && r.checksum === s.checksum) equalRows += s.rows;
      else differing.push(`${name} ${s.rows}→${r?.rows ?? 'missing'}`);
    }
    expect(differing).toEqual([]);
    // The demo scenario really is in there (2,400 projects, its audit trail and domain events).
    expect(source.tables.get('public.project')?.rows).toBe(2400);
    const nonEmpty = [...source.tables.values()].filter((t) => t.rows > 0).length;
    expect(nonEmpty).toBeGreaterThan(20);

    expect(restored.sequences).toEqual(source.sequences);
    expect(restored.migrations).toEqual(source.migrations);
    expect(restored.migrations.length).toBeGreaterThan(0);
    expect(restored.triggers).toEqual(source.triggers);
    expect(restored.triggers).toEqual(
      expect.arrayContaining(['audit_event audit_event_no_update', 'audit_event audit_event_no_truncate']),
    );

    // The audit trail stays append-only after the restore.
    const refusals = await onDatabase(RESTORED, async (c) => {
      const attempts = [
        `UPDATE audit_event SET action = action`,
        `DELETE FROM audit_event`,
        `TRUNCATE audit_event`,
        `UPDATE domain_event SET type = type`,
      ];
      const refused: string[] = [];
      for (const sql of attempts) {
        try {
          await c.query(sql);
        } catch (error) {
          if (/append-only/.test((error as Error).message)) refused.push(sql);
        }
      }
      return { attempts, refused };
    });
    expect(restored.tables.get('public.audit_event')?.rows).toBeGreaterThan(0);
    expect(restored.tables.get('public.domain_event')?.rows).toBeGreaterThan(0);
    expect(refusals.refused).toEqual(refusals.attempts);
    expect((await snapshot(RESTORED)).tables.get('public.audit_event')).toEqual(
      source.tables.get('public.audit_event'),
    );

    expectFigure({
      id: 'R12',
      name: 'rows equal after restore (%)',
      value: rows === 0 ? 0 : Math.round((equalRows / rows) * 10000) / 100,
      op: '==',
      target: 100,
      detail: `${source.tables.size} tables (${nonEmpty} non-empty), ${equalRows}/${rows} rows equal by count and checksum, ${restored.sequences.length} sequences, ${restored.migrations.length} migrations, ${restored.triggers.length} triggers equal; ${refusals.refused.length}/${refusals.attempts.length} writes to the restored audit trail refused`,
    });
  });
});
