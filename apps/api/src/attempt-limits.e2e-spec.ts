import { ApiHarness, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import { AppConfig } from '@sixcan/server-core';
import { createApi } from './bootstrap';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }));
});
afterAll(() => api.close());

const LOGIN = `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`;

describe('brute force', () => {
  it('answers the 11th failed login in a minute from one address with RATE_LIMITED; the account logs in after the window', async () => {
    const email = `target-${randomUUID()}@example.org`;
    const signUp = await api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email, password: 'the real password', displayName: 'T', organizationName: 'Target Org' },
    });
    expect(signUp.errors).toBeUndefined();
    const attacker = { ip: '203.0.113.7' };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) {
      const guess = await api.gql(
        LOGIN,
        { i: { email, password: `guess number ${i}` } },
        undefined,
        attacker,
      );
      codes.push(guess.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes[10]).toBe('RATE_LIMITED');

    // Another address: still limited, because the account has had its 10 attempts too.
    const elsewhere = await api.gql(LOGIN, { i: { email, password: 'the real password' } }, undefined, {
      ip: '192.0.2.44',
    });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(elsewhere.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeLessThanOrEqual(60);

    // The window ends (its counters expire in Redis): the owner signs in again.
    const prefix = new AppConfig().env.QUEUE_PREFIX;
    const redis = new IORedis(new AppConfig().redisUrl ?? '');
    const keys = await redis.keys(`*${prefix}:attempts:login:*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await redis.pttl(key)).toBeLessThanOrEqual(60_000);
    await redis.del(...keys);
    await redis.quit();
    const owner = await api.gql(LOGIN, { i: { email, password: 'the real password' } }, undefined, {
      ip: '192.0.2.44',
    });
    expect(owner.errors).toBeUndefined();
  });

  it('limits invitation attempts per address too', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await api.gql(
        `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`,
        {
          i: { token: `forged-${i}`, password: 'whatever password' },
        },
        undefined,
        { ip: '203.0.113.8' },
      );
      codes.push(r.errors?.[0]?.extensions?.code);
    }
    expect(codes[9]).toBe('NOT_FOUND');
    expect(codes[10]).toBe('RATE_LIMITED');
  });
});
