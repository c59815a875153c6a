import { Client } from 'pg';
import { TEST_DATABASE_URL, withDatabase } from '@sixcan/server-testing';

/** Drops and recreates the test database, then applies every migration (so `npm test` runs twice in a row). */
export default async function globalSetup(): Promise<void> {
  const name = new URL(TEST_DATABASE_URL).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected test database name ${name}`);
  const admin = new Client({ connectionString: withDatabase(TEST_DATABASE_URL, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  // Loaded here, after jest has its transform in place for TypeScript sources.
  const { createDataSource } = await import('./migrate');
  const dataSource = createDataSource(TEST_DATABASE_URL);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
