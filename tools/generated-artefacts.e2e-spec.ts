import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { COMMITTED_SCHEMA, emitSchema } from './emit-schema';
import { createDataSource, pendingSchemaChanges } from './migrate';
import { ENTITIES } from '../apps/api/src/database';
import { TEST_DATABASE_URL } from '@sixcan/server-testing';

describe('generated artefacts are current', () => {
  it('apps/api/schema.gql matches the code-first schema (run `npm run schema:emit` when it does not)', async () => {
    const fresh = await emitSchema(join(mkdtempSync(join(tmpdir(), 'schema-')), 'schema.gql'));
    expect(fresh).toEqual(await readFile(COMMITTED_SCHEMA, 'utf8'));
  });

  it('the migrations build exactly the entities (run `npm run migration:generate -- Name` when not)', async () => {
    const dataSource = createDataSource(TEST_DATABASE_URL);
    await dataSource.initialize();
    try {
      expect(await pendingSchemaChanges(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await dataSource.destroy();
    }
  });

  it('the migration check notices an entity that no migration creates', async () => {
    @Entity('unmigrated_probe')
    class UnmigratedProbe {
      @PrimaryGeneratedColumn('uuid')
      id!: string;

      @Column('text')
      label!: string;
    }
    const dataSource = createDataSource(TEST_DATABASE_URL);
    dataSource.setOptions({ entities: [...ENTITIES, UnmigratedProbe] });
    await dataSource.initialize();
    try {
      const { up } = await pendingSchemaChanges(dataSource);
      expect(up.join('\n')).toMatch(/CREATE TABLE "unmigrated_probe"/);
    } finally {
      await dataSource.destroy();
    }
  });

  it('every entity the API loads is registered for migrations', async () => {
    const { createApi } = await import('../apps/api/src/bootstrap');
    const app = await createApi({ logs: false });
    await app.init();
    const { DataSource } = await import('typeorm');
    const loaded = app
      .get(DataSource)
      .entityMetadatas.map((m) => m.name)
      .sort();
    await app.close();
    expect(loaded).toEqual(ENTITIES.map((e) => e.name).sort());
  });
});
