/**
 * Demo data for `npm run demo`. Each capability adds its part of the reference scenario here
 * (organisations and users, programmes and projects, rounds, partners, roadshows). Idempotent:
 * running it again changes nothing.
 */
import 'reflect-metadata';
import { createDataSource } from './migrate';

type SeedPart = { name: string; run: (ds: import('typeorm').DataSource) => Promise<string> };

const PARTS: SeedPart[] = [];

async function main(): Promise<void> {
  const dataSource = createDataSource();
  await dataSource.initialize();
  try {
    if (!PARTS.length)
      console.log('  The foundation has no demo records yet; later capabilities seed theirs here.');
    for (const part of PARTS) console.log(`  ${part.name}: ${await part.run(dataSource)}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
