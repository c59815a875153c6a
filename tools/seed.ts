/**
 * Demo data for `npm run demo`: each capability adds its part of the reference scenario here.
 * Idempotent: running it again changes nothing.
 */
import 'reflect-metadata';
import { DemoOrganization, seedIdentity } from '@sixcan/server-identity';
import { DataSource } from 'typeorm';
import accounts from './demo-accounts.json';
import { createDataSource } from './migrate';

const PARTS: { name: string; run: (ds: DataSource) => Promise<string> }[] = [
  {
    name: 'organisations and users',
    run: (ds) => seedIdentity(ds, accounts.password, accounts.organizations as DemoOrganization[]),
  },
];

async function main(): Promise<void> {
  const dataSource = createDataSource();
  await dataSource.initialize();
  try {
    for (const part of PARTS) console.log(`  ${part.name}: ${await part.run(dataSource)}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
