import { INestApplicationContext, type DynamicModule, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CoreModule, WorkerCoreModule } from '@sixcan/server-core';
import { IdentityModule } from '@sixcan/server-identity';
import { ProgrammesJobsModule } from '@sixcan/server-programmes';
import { ApiHarness, startApi } from '@sixcan/server-testing';
import { DataSource } from 'typeorm';
import { createApi } from './bootstrap';

/** The API and a worker for one test file, on that file's database schema state and queue prefix. */
export interface World {
  api: ApiHarness;
  worker: INestApplicationContext;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * Starts the API (with `env` overrides) and a worker running the identity and programmes jobs plus the
 * given context's job modules.
 */
export async function startWorld(
  jobs: (Type | DynamicModule)[],
  env: Record<string, string> = {},
): Promise<World> {
  const api = await startApi(() => createApi({ logs: false }), {
    PUBLIC_URL: 'https://sixcan.example.org',
    ...env,
  });
  const module = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ applicationName: 'test-worker' }),
      WorkerCoreModule,
      IdentityModule,
      ProgrammesJobsModule,
      ...jobs,
    ],
  }).compile();
  const worker = await module.init();
  const db = api.app.get<DataSource>(getDataSourceToken());
  return {
    api,
    worker,
    db,
    close: async () => {
      await worker.close();
      await api.close();
    },
  };
}
