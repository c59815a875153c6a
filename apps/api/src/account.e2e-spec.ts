import { ApiHarness, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { createApi } from './bootstrap';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }));
});
afterAll(() => api.close());

const AUTH = `accessToken refreshToken accessTokenExpiresAt
  me { user { id email displayName locale timeZone } organization { id name } roles memberships { organization { id name } roles } }`;

interface Auth {
  accessToken: string;
  refreshToken: string;
  me: { user: { id: string; email: string }; organization: { id: string; name: string }; roles: string[] };
}

const email = () => `organizer-${randomUUID()}@Bureau.example.cn`;

async function signUp(address = email(), organizationName = '深圳市科技创新局') {
  const result = await api.gql<{ signUp: Auth }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`,
    {
      input: {
        email: address,
        password: 'correct horse battery',
        displayName: '王敏',
        organizationName,
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      },
    },
  );
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('sign-up failed');
  return result.data.signUp;
}

describe('accounts and sessions', () => {
  it('signs up an organizer of a new organisation and answers me with the token', async () => {
    const address = email();
    const auth = await signUp(address);
    expect(auth.me.user.email).toBe(address.toLowerCase());
    expect(auth.me.roles).toEqual(['ORGANIZER']);
    const me = await api.gql<{ me: { organization: { name: string } } }>(
      '{ me { organization { name } roles } }',
      {},
      auth.accessToken,
    );
    expect(me.data?.me.organization.name).toBe('深圳市科技创新局');
  });

  it('refuses a second account with the same e-mail, a weak password and an unknown time zone, naming the field', async () => {
    const address = email();
    await signUp(address);
    const again = await api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: {
        email: address.toUpperCase(),
        password: 'another long password',
        displayName: 'X',
        organizationName: 'Other',
      },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const weak = await api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email: email(), password: 'short', displayName: 'X', organizationName: 'Other' },
    });
    expect(weak.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(weak.errors?.[0]?.message).toMatch(/password/);
    const zone = await api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: {
        email: email(),
        password: 'long enough password',
        displayName: 'X',
        organizationName: 'Other',
        timeZone: 'Mars/Olympus',
      },
    });
    expect(zone.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(zone.errors?.[0]?.message).toMatch(/time zone/);
  });

  it('logs in without telling whether the e-mail exists', async () => {
    const address = email();
    await signUp(address);
    const login = (e: string, p: string) =>
      api.gql<{ logIn: Auth }>(`mutation($i: LogInInput!) { logIn(input: $i) { ${AUTH} } }`, {
        i: { email: e, password: p },
      });
    const ok = await login(` ${address.toUpperCase()} `, 'correct horse battery');
    expect(ok.data?.logIn.me.user.email).toBe(address.toLowerCase());
    const wrongPassword = await login(address, 'wrong password!!');
    const unknownEmail = await login(email(), 'correct horse battery');
    expect(wrongPassword.errors?.[0]).toEqual(unknownEmail.errors?.[0]);
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens, and a replayed one revokes the whole session', async () => {
    const auth = await signUp();
    const refresh = (token: string) =>
      api.gql<{ refreshSession: Auth }>(
        `mutation($t: String!) { refreshSession(refreshToken: $t) { ${AUTH} } }`,
        { t: token },
      );
    const second = await refresh(auth.refreshToken);
    expect(second.data?.refreshSession.refreshToken).toBeDefined();
    expect(second.data?.refreshSession.refreshToken).not.toBe(auth.refreshToken);
    // The first token again: refused, and its successor dies with it.
    expect((await refresh(auth.refreshToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const successor = second.data?.refreshSession.refreshToken ?? '';
    expect((await refresh(successor)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the refresh token is refused afterwards', async () => {
    const auth = await signUp();
    const out = await api.gql<{ logOut: boolean }>(`mutation($t: String!) { logOut(refreshToken: $t) }`, {
      t: auth.refreshToken,
    });
    expect(out.data?.logOut).toBe(true);
    const refreshed = await api.gql(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      { t: auth.refreshToken },
    );
    expect(refreshed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('switches only into organisations the user belongs to; another tenant looks like a missing one', async () => {
    const a = await signUp();
    const b = await signUp();
    const sw = (id: string) =>
      api.gql(
        `mutation($id: ID!) { switchOrganization(organizationId: $id) { accessToken } }`,
        { id },
        a.accessToken,
      );
    const foreign = await sw(b.me.organization.id);
    const missing = await sw(randomUUID());
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect((await sw(a.me.organization.id)).errors).toBeUndefined();
  });

  it('updates the profile, validating language and time zone', async () => {
    const auth = await signUp();
    const update = (input: Record<string, string>) =>
      api.gql<{ updateProfile: { user: { locale: string; timeZone: string; displayName: string } } }>(
        `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { user { displayName locale timeZone } } }`,
        { i: input },
        auth.accessToken,
      );
    const ok = await update({ locale: 'en', timeZone: 'Europe/Berlin', displayName: 'Min Wang' });
    expect(ok.data?.updateProfile.user).toEqual({
      displayName: 'Min Wang',
      locale: 'en',
      timeZone: 'Europe/Berlin',
    });
    expect((await update({ locale: 'fr' })).errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect((await update({ timeZone: 'Nowhere' })).errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect((await api.gql('{ me { roles } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
