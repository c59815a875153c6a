import { MailCatcher } from '@sixcan/server-testing';
import autocannon from 'autocannon';
import { AUTH, must, unique } from '../apps/api/src/intake/intake.fixtures';
import { subscribeTo } from '../apps/api/src/notifications/notifications.fixtures';
import { expectFigures } from './support/figures';
import { MailLoad } from './support/mail-load';
import { NodeService, RoundRobin, testServerEnv, until } from './support/processes';

/**
 * Scale-out: two api and two worker processes share one PostgreSQL and one Redis behind a
 * round-robin balancer. Requests spread over both apis and any api serves any session; a change
 * reaches subscribers on either api; every job runs once; attempt limits are counted across apis.
 */
jest.setTimeout(240_000);

const MAILS = 200;
const catcher = new MailCatcher();
const services: NodeService[] = [];
let balancer: RoundRobin | undefined;
let load: MailLoad | undefined;
const subscriptions: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const s of subscriptions) await s.close();
  await balancer?.close();
  for (const service of services) await service.signal('SIGTERM');
  await load?.close();
  await catcher.stop();
});

it('spreads requests, subscriptions, jobs and attempt limits over two apis and two workers', async () => {
  const env = testServerEnv('scale-out', { SMTP_URL: await catcher.start() });
  const [a, b] = await Promise.all([NodeService.api(env), NodeService.api(env)]);
  if (!a || !b) throw new Error('two apis expected');
  services.push(a, b, ...(await Promise.all([NodeService.worker(env), NodeService.worker(env)])));
  const lb = (balancer = await RoundRobin.start([a, b]));

  // Sessions: signed up through one api, refreshed through the other, used through the balancer.
  const email = unique('scale');
  const signedUp = await must<{
    signUp: {
      accessToken: string;
      refreshToken: string;
      me: { user: { id: string }; organization: { id: string } };
    };
  }>(
    a.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} refreshToken } }`, {
      i: {
        email,
        password: 'scale-out password',
        displayName: 'Wang Fang',
        organizationName: 'Scale-out bureau',
        locale: 'en',
      },
    }),
  );
  const refreshed = await must<{ refreshSession: { accessToken: string } }>(
    b.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, {
      t: signedUp.signUp.refreshToken,
    }),
  );
  const token = refreshed.refreshSession.accessToken;
  const user = signedUp.signUp.me.user.id;
  const organization = signedUp.signUp.me.organization.id;

  // Requests: autocannon through the balancer, 10 connections.
  let failed = 0;
  const result = await autocannon({
    url: `${lb.url}/graphql`,
    connections: 10,
    amount: 1000,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { user { id } organization { id } } }' }),
        onResponse: (status, body) => {
          const parsed = JSON.parse(body) as { data?: { me?: { user?: { id: string } } } };
          if (status !== 200 || parsed.data?.me?.user?.id !== user) failed++;
        },
      },
    ],
  });
  const [toA = 0, toB = 0] = lb.connections;

  // Subscriptions: one client on each api; the notifications come from the workers.
  const onA = subscribeTo(
    a,
    'subscription { unreadNotificationCountUpdated }',
    token,
    (d) => d['unreadNotificationCountUpdated'] as number,
  );
  const onB = subscribeTo(
    b,
    'subscription { unreadNotificationCountUpdated }',
    token,
    (d) => d['unreadNotificationCountUpdated'] as number,
  );
  subscriptions.push(onA, onB);
  const producer = (load = await MailLoad.start(env, { userId: user, organizationId: organization }));
  // A first notification until both sockets are subscribed (the first pushes may precede the subscription).
  await until(
    'both subscribers to hear of a notification',
    async () => {
      if (onA.values.length === 0 || onB.values.length === 0)
        await producer.queue(1, 1, 10_000 + Math.floor(Math.random() * 1e6));
      return onA.values.length > 0 && onB.values.length > 0;
    },
    60_000,
    500,
  ).catch((error: Error) => {
    throw new Error(`${error.message}: ${JSON.stringify({ a: onA.errors, b: onB.errors })}`);
  });

  // Jobs: e-mails for the two workers.
  await producer.queue(MAILS);
  const total = (await producer.status()).notifications;
  await until(
    'every e-mail sent',
    async () => catcher.messages.length >= total && (await producer.status()).mails['SENT'] === total,
  );
  await until(
    'both subscribers to see the final count',
    () => onA.values.at(-1) === total && onB.values.at(-1) === total,
  );
  const ids = catcher.messages.map((m) => m.messageId);

  // Attempt limits: wrong passwords for one account from one address, alternating between the apis.
  const tries: (string | undefined)[] = [];
  for (let i = 0; i < 12; i++) {
    const answer = await (i % 2 ? b : a).gql(
      'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
      { i: { email, password: `wrong password ${i}` } },
      undefined,
      { ip: '198.51.100.77' },
    );
    tries.push(answer.errors?.[0]?.extensions?.code);
  }
  const firstLimited = tries.indexOf('RATE_LIMITED');

  expect(result.errors).toBe(0);
  expect(tries.slice(0, 10).every((code) => code !== 'RATE_LIMITED')).toBe(true);
  expect(onA.errors).toEqual([]);
  expect(onB.errors).toEqual([]);
  expectFigures([
    {
      id: 'scale-out',
      name: 'share of connections on the less used api',
      value: Math.min(toA, toB) / Math.max(1, toA + toB),
      op: '>=',
      target: 0.4,
      detail: `${toA} + ${toB} connections; ${result.requests.total} requests, ${failed} failed; a session signed up on one api was refreshed on the other`,
    },
    {
      id: 'scale-out',
      name: 'failed requests through the balancer',
      value: failed + result.non2xx,
      op: '==',
      target: 0,
    },
    {
      id: 'scale-out',
      name: 'apis whose subscribers missed the final count',
      value: [onA, onB].filter((s) => s.values.at(-1) !== total).length,
      op: '==',
      target: 0,
      detail: `${onA.values.length} and ${onB.values.length} counts pushed to the subscribers on either api, last ${total}`,
    },
    {
      id: 'scale-out',
      name: 'jobs run twice or never',
      value: ids.length - new Set(ids).size + (total - new Set(ids).size),
      op: '==',
      target: 0,
      detail: `${total} e-mails through 2 workers, ${ids.length} delivered`,
    },
    {
      id: 'scale-out',
      name: 'login attempts allowed across both apis before RATE_LIMITED',
      value: firstLimited === -1 ? tries.length : firstLimited,
      op: '==',
      target: 10,
      detail: `per-account limit 10 a minute, attempts alternating between the apis: ${tries.join(' ')}`,
    },
  ]);
});
