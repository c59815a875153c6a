import { getDataSourceToken } from '@nestjs/typeorm';
import { DemoOrganization, Organization, seedIdentity } from '@sixcan/server-identity';
import { seedIntake } from '@sixcan/server-programmes';
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

      // Two commentators for the demo roadshow, both able to sign in.
      const commentators = orgs[0]?.members.filter((m) => m.roles.includes('COMMENTATOR' as never)) ?? [];
      expect(commentators.map((m) => m.email)).toEqual([
        'commentator@sixcan.demo',
        'commentator2@sixcan.demo',
      ]);
      const commentatorLogin = await api.gql<{ logIn: { me: { roles: string[] } } }>(
        `mutation($i: LogInInput!) { logIn(input: $i) { me { roles } } }`,
        { i: { email: 'commentator2@sixcan.demo', password: accounts.password } },
      );
      expect(commentatorLogin.data?.logIn.me.roles).toEqual(['COMMENTATOR']);

      const login = await api.gql<{ logIn: { me: { memberships: { roles: string[] }[] } } }>(
        `mutation($i: LogInInput!) { logIn(input: $i) { me { memberships { roles } } } }`,
        { i: { email: 'reviewer@sixcan.demo', password: accounts.password } },
      );
      expect(login.data?.logIn.me.memberships).toHaveLength(2);

      // The reference intake, in the first organisation: 2,400 projects from 30+ countries via 40 channels.
      const [first] = orgs;
      const organization = await ds.getRepository(Organization).findOneByOrFail({ name: first?.name });
      const options = {
        organizationId: organization.id,
        applicantEmail: 'applicant@sixcan.demo',
        channelEmail: 'channel@sixcan.demo',
      };
      expect(await seedIntake(ds, options)).toBe('1 programme, 40 channels, 2400 projects');
      expect(await seedIntake(ds, options)).toBe('already there');
      const [counts] = await ds.query(
        `SELECT count(*)::int AS projects, count(DISTINCT country)::int AS countries,
                count(DISTINCT channel_id)::int AS channels, count(DISTINCT sector_code)::int AS sectors
         FROM project WHERE organization_id = $1`,
        [organization.id],
      );
      expect(counts.projects).toBe(2400);
      expect(counts.countries).toBeGreaterThanOrEqual(30);
      expect(counts).toMatchObject({ channels: 40, sectors: 3 });

      const projectsOf = async (email: string) => {
        const auth = await api.gql<{ logIn: { accessToken: string } }>(
          `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
          { i: { email, password: accounts.password, organizationId: organization.id } },
        );
        const token = auth.data?.logIn.accessToken;
        const { data } = await api.gql<{ programmes: { edges: { node: { id: string } }[] } }>(
          `{ programmes { edges { node { id } } } }`,
          {},
          token,
        );
        const programmeId = data?.programmes.edges[0]?.node.id;
        const list = await api.gql<{ projects: { totalCount: number } }>(
          `query($p: ID!) { projects(programmeId: $p) { totalCount } }`,
          { p: programmeId },
          token,
        );
        return list.data?.projects.totalCount;
      };
      expect(await projectsOf('applicant@sixcan.demo')).toBe(2);
      expect(await projectsOf('channel@sixcan.demo')).toBeGreaterThan(0);
      expect(await projectsOf('organizer@sixcan.demo')).toBe(2400);
    } finally {
      await api.close();
    }
  });
});
