import { getDataSourceToken } from '@nestjs/typeorm';
import { MailMessage } from '@sixcan/server-core';
import { ApiHarness, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApi } from './bootstrap';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }), { PUBLIC_URL: 'https://sixcan.example.org' });
});
afterAll(() => api.close());

interface Auth {
  accessToken: string;
  refreshToken: string;
  me: { user: { id: string; email: string }; organization: { id: string }; roles: string[] };
}
const AUTH = 'accessToken refreshToken me { user { id email } organization { id } roles }';
const unique = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.org`;

async function must<T>(promise: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await promise;
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function organizer(): Promise<Auth> {
  const data = await must<{ signUp: Auth }>(
    api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} } }`, {
      i: {
        email: unique('org'),
        password: 'organizer password',
        displayName: 'Li Na',
        organizationName: 'Hangzhou S&T Bureau',
        locale: 'en',
      },
    }),
  );
  return data.signUp;
}

/** The link in the last e-mail queued to `to` (read from the outbox's mail row; the worker sends it). */
async function lastLink(to: string): Promise<string> {
  const rows = await api.app
    .get<DataSource>(getDataSourceToken())
    .getRepository(MailMessage)
    .find({ where: { toAddress: to }, order: { createdAt: 'DESC' }, take: 1 });
  const link = rows[0]?.params['link'];
  if (!link) throw new Error(`no mail to ${to}`);
  return link;
}
const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

const invite = (auth: Auth, email: string, roles: string[]) =>
  api.gql<{ inviteMember: { id: string; status: string } }>(
    `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id status email roles } }`,
    { i: { email, roles } },
    auth.accessToken,
  );
const accept = (input: Record<string, string>) =>
  api.gql<{ acceptInvitation: Auth }>(
    `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${AUTH} } }`,
    { i: input },
  );

describe('members and invitations', () => {
  it('invites a reviewer who sets a password through the e-mailed link and joins with that role', async () => {
    const org = await organizer();
    const email = unique('reviewer');
    expect((await invite(org, email, ['REVIEWER'])).data?.inviteMember.status).toBe('PENDING');
    const link = await lastLink(email);
    expect(link).toMatch(/^https:\/\/sixcan\.example\.org\/invitations\/accept\?token=/);

    const preview = await must<{
      invitationPreview: { organizationName: string; accountExists: boolean; roles: string[] };
    }>(
      api.gql(
        `query($t: String!) { invitationPreview(token: $t) { organizationName accountExists roles } }`,
        { t: tokenOf(link) },
      ),
    );
    expect(preview.invitationPreview).toEqual({
      organizationName: 'Hangzhou S&T Bureau',
      accountExists: false,
      roles: ['REVIEWER'],
    });

    const joined = await must(
      accept({
        token: tokenOf(link),
        password: 'reviewer password',
        displayName: 'Dr. Anna Müller',
        timeZone: 'Europe/Berlin',
      }),
    );
    expect(joined.acceptInvitation.me.roles).toEqual(['REVIEWER']);
    expect(joined.acceptInvitation.me.organization.id).toBe(org.me.organization.id);

    const members = await must<{
      members: { totalCount: number; edges: { node: { email: string; roles: string[] } }[] };
    }>(api.gql('{ members(first: 10) { totalCount edges { node { email roles } } } }', {}, org.accessToken));
    expect(members.members.totalCount).toBe(2);
    expect(members.members.edges.map((e) => e.node)).toContainEqual({ email, roles: ['REVIEWER'] });
  });

  it('refuses a reused, revoked or expired invitation with a clear error', async () => {
    const org = await organizer();
    const email = unique('x');
    await invite(org, email, ['PARTNER']);
    const token = tokenOf(await lastLink(email));
    await must(accept({ token, password: 'partner password', displayName: 'P' }));
    const reused = await accept({ token, password: 'partner password', displayName: 'P' });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(reused.errors?.[0]?.message).toMatch(/already been used/);
    expect(reused.errors?.[0]?.extensions?.['reason']).toBe('INVITATION_ACCEPTED');

    const other = unique('y');
    const { inviteMember } = await must(invite(org, other, ['APPLICANT']));
    await must(
      api.gql(
        `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
        { id: inviteMember.id },
        org.accessToken,
      ),
    );
    const revoked = await accept({
      token: tokenOf(await lastLink(other)),
      password: 'applicant password',
      displayName: 'A',
    });
    expect(revoked.errors?.[0]?.message).toMatch(/withdrawn/);

    const late = unique('z');
    await invite(org, late, ['APPLICANT']);
    await api.app
      .get<DataSource>(getDataSourceToken())
      .query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = $1`, [late]);
    const expired = await accept({
      token: tokenOf(await lastLink(late)),
      password: 'applicant password',
      displayName: 'A',
    });
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
    expect(expired.errors?.[0]?.extensions?.['reason']).toBe('INVITATION_EXPIRED');
    expect(
      (await accept({ token: 'forged', password: 'whatever password' })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('lets an existing user join a second organisation with their own password', async () => {
    const first = await organizer();
    const second = await organizer();
    await invite(second, first.me.user.email, ['COMMENTATOR']);
    const token = tokenOf(await lastLink(first.me.user.email));
    expect((await accept({ token, password: 'wrong password here' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const joined = await must(accept({ token, password: 'organizer password' }));
    expect(joined.acceptInvitation.me.roles).toEqual(['COMMENTATOR']);
    const me = await must<{ me: { memberships: { roles: string[] }[] } }>(
      api.gql('{ me { memberships { roles } } }', {}, joined.acceptInvitation.accessToken),
    );
    expect(me.me.memberships).toHaveLength(2);
  });

  it('changes roles, keeps at least one organizer, removes members and ends their sessions', async () => {
    const org = await organizer();
    const email = unique('m');
    await invite(org, email, ['REVIEWER']);
    const member = (
      await must(
        accept({ token: tokenOf(await lastLink(email)), password: 'member password', displayName: 'M' }),
      )
    ).acceptInvitation;
    const userId = member.me.user.id;
    const roles = (id: string, r: string[]) =>
      api.gql(
        `mutation($id: ID!, $r: [Role!]!) { updateMemberRoles(userId: $id, roles: $r) { roles } }`,
        { id, r },
        org.accessToken,
      );
    expect((await roles(userId, ['REVIEWER', 'COMMENTATOR'])).data).toEqual({
      updateMemberRoles: { roles: ['REVIEWER', 'COMMENTATOR'] },
    });
    const lastOrganizer = await roles(org.me.user.id, ['REVIEWER']);
    expect(lastOrganizer.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_ORGANIZER',
    });
    expect((await roles(userId, [])).errors?.[0]?.extensions?.code).toBe('VALIDATION');

    await must(api.gql(`mutation($id: ID!) { removeMember(userId: $id) }`, { id: userId }, org.accessToken));
    const refreshed = await api.gql(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: member.refreshToken },
    );
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps tenants apart and organizer operations for organizers', async () => {
    const a = await organizer();
    const b = await organizer();
    const { inviteMember } = await must(invite(b, unique('b'), ['REVIEWER']));
    const foreign = await api.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: inviteMember.id },
      a.accessToken,
    );
    const missing = await api.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: randomUUID() },
      a.accessToken,
    );
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const removeForeign = await api.gql(
      `mutation($id: ID!) { removeMember(userId: $id) }`,
      { id: b.me.user.id },
      a.accessToken,
    );
    expect(removeForeign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const applicant = api.token({ organizationId: a.me.organization.id, roles: ['APPLICANT' as never] });
    for (const query of ['{ members { totalCount } }', '{ invitations { totalCount } }']) {
      expect((await api.gql(query, {}, applicant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (await invite({ ...a, accessToken: applicant }, unique('c'), ['ORGANIZER'])).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('password reset', () => {
  it('answers the same for unknown e-mails, resets once, and ends every session', async () => {
    const org = await organizer();
    const ask = (email: string) =>
      api.gql<{ requestPasswordReset: boolean }>(
        `mutation($e: String!) { requestPasswordReset(email: $e) }`,
        { e: email },
      );
    expect((await ask(unique('nobody'))).data).toEqual({ requestPasswordReset: true });
    expect((await ask(org.me.user.email)).data).toEqual({ requestPasswordReset: true });
    const token = tokenOf(await lastLink(org.me.user.email));
    const reset = (t: string) =>
      api.gql(`mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`, {
        t,
        p: 'a brand new password',
      });
    expect((await reset(token)).data).toEqual({ resetPassword: true });
    expect((await reset(token)).errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const refreshed = await api.gql(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: org.refreshToken },
    );
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await api.gql(`mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`, {
      i: { email: org.me.user.email, password: 'a brand new password' },
    });
    expect(login.errors).toBeUndefined();
  });
});

describe('audit trail', () => {
  it('shows organizers the identity changes of their own organisation only, and the database refuses edits', async () => {
    const org = await organizer();
    const other = await organizer();
    const email = unique('audited');
    await invite(org, email, ['REVIEWER']);
    const trail = await must<{
      auditEvents: {
        totalCount: number;
        edges: { node: { action: string; summary: Record<string, unknown> } }[];
      };
    }>(
      api.gql(
        '{ auditEvents(first: 10) { totalCount edges { node { action summary actorUserId } } } }',
        {},
        org.accessToken,
      ),
    );
    expect(trail.auditEvents.edges.map((e) => e.node.action)).toEqual([
      'member.invited',
      'organization.created',
    ]);
    expect(trail.auditEvents.edges[0]?.node.summary).toEqual({ email, roles: ['REVIEWER'] });
    const filtered = await must<{ auditEvents: { totalCount: number } }>(
      api.gql('{ auditEvents(action: "member.invited") { totalCount } }', {}, other.accessToken),
    );
    expect(filtered.auditEvents.totalCount).toBe(0);
    const ds = api.app.get<DataSource>(getDataSourceToken());
    await expect(ds.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
