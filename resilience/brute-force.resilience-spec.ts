// R11 brute force: every public endpoint that takes a password, an e-mail or a token is throttled
// per client address (many accounts from one address) and per account (one account from many
// addresses), at the limit its resolver declares. Counts the attempts answered before the first
// RATE_LIMITED and checks that every later attempt is refused too. A client that picks a new
// address of its IPv6 /64 for every attempt counts as one client.
import { ApiHarness, startApi } from '@sixcan/server-testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../apps/api/src/bootstrap';
import { expectFigure } from './support/figures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApi(() => createApi({ logs: false }));
});
afterAll(() => api.close());

/** The limits as declared with @LimitAttempts in the identity resolvers. */
function declaredLimits(): Map<string, { windowSeconds: number; perIp: number; perAccount?: number }> {
  const sources = ['account/account.resolver.ts', 'members/members.resolver.ts'].map((f) =>
    readFileSync(join(__dirname, '../libs/server/identity/src', f), 'utf8'),
  );
  const limits = new Map<string, { windowSeconds: number; perIp: number; perAccount?: number }>();
  for (const source of sources)
    for (const m of source.matchAll(/@LimitAttempts\(\{([^}]*)\}\)\s*(?:async\s+)?(\w+)\(/g)) {
      const body = m[1] ?? '';
      const num = (k: string) => {
        const v = new RegExp(`${k}:\\s*(\\d+)`).exec(body)?.[1];
        return v === undefined ? undefined : Number(v);
      };
      limits.set(m[2] ?? '', {
        windowSeconds: num('windowSeconds') ?? 0,
        perIp: num('perIp') ?? 0,
        perAccount: num('perAccount'),
      });
    }
  return limits;
}

interface Endpoint {
  field: string;
  document: string;
  /** Variables of attempt `i` about `account` (a fresh one per attempt in the per-address run). */
  variables: (account: string, i: number) => Record<string, unknown>;
  newAccount: () => string;
}

const ENDPOINTS: Endpoint[] = [
  {
    field: 'logIn',
    document: `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`,
    // The same account in other letter cases is still the same account.
    variables: (email, i) => ({ i: { email: i % 2 ? email.toUpperCase() : email, password: `guess ${i}` } }),
    newAccount: () => `r11-${randomUUID()}@example.org`,
  },
  {
    field: 'acceptInvitation',
    document: `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`,
    variables: (token) => ({ i: { token, password: 'a long enough password' } }),
    newAccount: () => `forged-${randomUUID()}`,
  },
  {
    field: 'requestPasswordReset',
    document: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    variables: (email) => ({ e: email }),
    newAccount: () => `r11-${randomUUID()}@example.org`,
  },
  {
    field: 'resetPassword',
    document: `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`,
    variables: (token) => ({ t: token, p: 'a long enough password' }),
    newAccount: () => `forged-${randomUUID()}`,
  },
  {
    field: 'signUp',
    document: `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`,
    variables: (email) => ({
      i: { email, password: 'a long enough password', displayName: 'R11', organizationName: `R11 ${email}` },
    }),
    newAccount: () => `r11-${randomUUID()}@example.org`,
  },
];

let block = 0;
/** A block of client addresses nobody else in this file uses (TEST-NET-2, or one IPv6 /64 of 2001:db8::/32). */
const addresses = (ipv6 = false) => {
  block += 1;
  return (i: number) =>
    ipv6 ? `2001:db8:${block.toString(16)}:1::${(i + 1).toString(16)}` : `198.51.${block}.${i + 1}`;
};

/**
 * Sends `tries` attempts: many accounts from one client (`account`: a new account each time, from
 * one address, or from ever new addresses of one IPv6 /64), or one account from many addresses
 * (`address`). Answers how many passed before the first RATE_LIMITED and whether all later ones were
 * refused too.
 */
async function attack(e: Endpoint, tries: number, vary: 'account' | 'address' | 'account-ipv6') {
  const ip = addresses(vary === 'account-ipv6');
  const account = e.newAccount();
  const codes: string[] = [];
  let retryAfter = 0;
  for (let i = 0; i < tries; i++) {
    const r = await api.gql(
      e.document,
      e.variables(vary === 'address' ? account : e.newAccount(), i),
      undefined,
      { ip: vary === 'account' ? ip(0) : ip(i) },
    );
    expect(r.status).toBeLessThan(500);
    const code = r.errors?.[0]?.extensions?.code ?? 'OK';
    if (code === 'RATE_LIMITED')
      retryAfter = Math.max(retryAfter, Number(r.errors?.[0]?.extensions?.['retryAfterSeconds']));
    codes.push(code);
  }
  const first = codes.indexOf('RATE_LIMITED');
  const allowed = first === -1 ? tries : first;
  const allRefusedAfter = first !== -1 && codes.slice(first).every((c) => c === 'RATE_LIMITED');
  return { allowed, allRefusedAfter, retryAfter, before: [...new Set(codes.slice(0, allowed))] };
}

describe('R11 brute force', () => {
  jest.setTimeout(5 * 60_000);

  it('throttles login, invitations, password resets and sign-up per address and per account at their limits', async () => {
    const limits = declaredLimits();
    expect([...limits.keys()].sort()).toEqual(
      expect.arrayContaining([
        'acceptInvitation',
        'logIn',
        'requestPasswordReset',
        'resetPassword',
        'signUp',
      ]),
    );
    const lines: string[] = [];
    let scenarios = 0;
    let throttledAtLimit = 0;
    for (const e of ENDPOINTS) {
      const limit = limits.get(e.field);
      if (!limit) throw new Error(`${e.field} declares no attempt limit`);
      const runs: ['address' | 'IPv6 /64' | 'account', number | undefined, Parameters<typeof attack>[2]][] = [
        ['address', limit.perIp, 'account'],
        ['IPv6 /64', limit.perIp, 'account-ipv6'],
        ['account', limit.perAccount, 'address'],
      ];
      for (const [dimension, max, vary] of runs) {
        if (e.field === 'signUp' && dimension === 'account') continue; // a new account each time: per address only
        if (dimension === 'IPv6 /64' && !['logIn', 'acceptInvitation'].includes(e.field)) continue;
        scenarios += 1;
        expect({ field: e.field, dimension, max }).toEqual({
          field: e.field,
          dimension,
          max: expect.any(Number),
        });
        const result = await attack(e, (max ?? 0) + 5, vary);
        // Before the limit the endpoint answers on the merits (never RATE_LIMITED, never a 5xx).
        expect(result.before).not.toContain('RATE_LIMITED');
        expect(result.allRefusedAfter).toBe(true);
        expect(result.retryAfter).toBeGreaterThan(0);
        expect(result.retryAfter).toBeLessThanOrEqual(limit.windowSeconds);
        if (result.allowed === max && result.allRefusedAfter) throttledAtLimit += 1;
        lines.push(`${e.field} per ${dimension} ${result.allowed}/${max}`);
      }
    }
    expectFigure({
      id: 'R11',
      name: 'endpoint × (address, IPv6 /64, account) runs throttled at the declared limit',
      value: throttledAtLimit,
      op: '==',
      target: scenarios,
      detail: `attempts allowed before RATE_LIMITED / limit: ${lines.join(', ')}`,
    });
  });
});
