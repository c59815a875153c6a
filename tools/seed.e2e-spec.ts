import { getDataSourceToken } from '@nestjs/typeorm';
import { DemoOrganization, seedIdentity } from '@sixcan/server-identity';
import { startApi } from '@sixcan/server-testing';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/bootstrap';
import accounts from './demo-accounts.json';

describe('demo seed', () => {
  it('creates a user per role in two organisations, once, and they can sign in', async () => {
    const api = await startApi(() => createApi({ logs: false }));
    try {
      const ds = api.app.get<DataSource>(getDataSourceToken());
      const orgs = accounts.organizations as DemoOrganization[];
      expect(await seedIdentity(ds, accounts.password, orgs)).toMatch(/created/);
      expect(await seedIdentity(ds, accounts.password, orgs)).toBe('already present');
      const roles = new Set(orgs.flatMap((o) => o.members.flatMap((m) => m.roles)));
      expect([...roles].sort()).toEqual([
        'APPLICANT',
        'CHANNEL',
        'COMMENTATOR',
        'ORGANIZER',
        'PARTNER',
        'REVIEWER',
      ]);

      const login = await api.gql<{ logIn: { me: { memberships: { roles: string[] }[] } } }>(
        `mutation($i: LogInInput!) { logIn(input: $i) { me { memberships { roles } } } }`,
        { i: { email: 'reviewer@sixcan.demo', password: accounts.password } },
      );
      expect(login.data?.logIn.me.memberships).toHaveLength(2);
    } finally {
      await api.close();
    }
  });
});
