/**
 * Demo data for `npm run demo`: each capability adds its part of the reference scenario here.
 * Idempotent: running it again changes nothing.
 */
import 'reflect-metadata';
import { DemoOrganization, Organization, seedIdentity } from '@sixcan/server-identity';
import { seedIntake } from '@sixcan/server-programmes';
import { DataSource } from 'typeorm';
import accounts from './demo-accounts.json';
import { createDataSource } from './migrate';

const PARTS: { name: string; run: (ds: DataSource) => Promise<string> }[] = [
  {
    name: 'organisations and users',
    run: (ds) => seedIdentity(ds, accounts.password, accounts.organizations as DemoOrganization[]),
  },
  {
    name: 'call for projects (reference intake)',
    run: async (ds) => {
      const [first] = accounts.organizations;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      const email = (role: string) => first?.members.find((m) => m.roles.includes(role))?.email;
      return seedIntake(ds, {
        organizationId: organization.id,
        channelEmail: email('CHANNEL'),
        applicantEmail: email('APPLICANT'),
      });
    },
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
