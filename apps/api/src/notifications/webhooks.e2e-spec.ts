import { DomainEvents, DomainEventType, Transactions } from '@sixcan/server-core';
import { MatchingJobsModule } from '@sixcan/server-matching';
import { NotificationsJobsModule, verifySignature } from '@sixcan/server-notifications';
import { captureStatements, eventually } from '@sixcan/server-testing';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { codeOf, must, signUpOrganizer } from '../intake/intake.fixtures';
import { Auth, BID, BidView, inDays, marketplace, placeBid } from '../matching/matching.fixtures';
import { startWorld, World } from '../test-world';

/** A receiver on 127.0.0.1 that verifies each request and answers from a script (500 first, then 200). */
class Receiver {
  readonly requests: {
    path: string;
    headers: IncomingHttpHeaders;
    body: string;
    valid: boolean;
    answered: number;
  }[] = [];
  /** Status to answer for the n-th request (0-based) of one delivery id. */
  answer: (nth: number, path: string) => number = (nth) => (nth === 0 ? 500 : 200);
  secrets = new Map<string, string>();
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        const delivery = String(req.headers['x-sixcan-delivery']);
        const nth = this.requests.filter((r) => r.headers['x-sixcan-delivery'] === delivery).length;
        const secret = this.secrets.get(path) ?? '';
        const valid =
          verifySignature(
            secret,
            String(req.headers['x-sixcan-signature']),
            body,
            Math.floor(Date.now() / 1000),
          ) &&
          String(req.headers['x-sixcan-signature']).startsWith(
            `t=${String(req.headers['x-sixcan-timestamp'])},`,
          );
        const status = valid ? this.answer(nth, path) : 401;
        this.requests.push({ path, headers: req.headers, body, valid, answered: status });
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status === 200 ? 'ok' : `no (${status})`);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  to(path: string) {
    return this.requests.filter((r) => r.path === path);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** A webhook body as receivers read it. */
interface WebhookBody {
  id: string;
  type: string;
  createdAt: string;
  organizationId: string;
  programmeId: string | null;
  data: Record<string, unknown>;
}

const receiver = new Receiver();
let world: World;
beforeAll(async () => {
  await receiver.start();
  // Short retry delays so the test sees every attempt without sleeping; three attempts per series.
  world = await startWorld([MatchingJobsModule, NotificationsJobsModule], {
    WEBHOOK_RETRY_BASE_MS: '20',
    WEBHOOK_RETRY_MAX_MS: '100',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_TIMEOUT_MS: '2000',
  });
});
afterAll(async () => {
  await world.close();
  await receiver.stop();
});

const ENDPOINT = 'id url description eventTypes enabled secretHint secretCreatedAt version';
const DELIVERY = `id endpointId eventId eventType status attemptCount lastStatusCode lastResponseTimeMs lastError nextRetryAt deliveredAt
  attempts { series attempt statusCode durationMs error responseExcerpt at }`;

interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  lastResponseTimeMs: number | null;
  lastError: string | null;
  nextRetryAt: string | null;
  deliveredAt: string | null;
  attempts: {
    series: number;
    attempt: number;
    statusCode: number | null;
    durationMs: number;
    error: string | null;
  }[];
}

async function createEndpoint(org: Auth, path: string, eventTypes: string[]) {
  const { createWebhookEndpoint } = await must<{
    createWebhookEndpoint: { secret: string; endpoint: { id: string; secretHint: string; url: string } };
  }>(
    world.api.gql(
      `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { ${ENDPOINT} } } }`,
      { i: { url: `${receiver.url}${path}`, eventTypes, description: 'ERP integration' } },
      org.accessToken,
    ),
  );
  receiver.secrets.set(path, createWebhookEndpoint.secret);
  return createWebhookEndpoint;
}

const deliveries = async (org: Auth, endpointId: string, status?: string) =>
  (
    await must<{ webhookDeliveries: { totalCount: number; edges: { node: DeliveryView }[] } }>(
      world.api.gql(
        `query($e: ID!, $s: WebhookDeliveryStatus) { webhookDeliveries(endpointId: $e, first: 50, status: $s) { totalCount edges { node { ${DELIVERY} } } } }`,
        { e: endpointId, s: status ?? null },
        org.accessToken,
      ),
    )
  ).webhookDeliveries.edges.map((e) => e.node);

describe('webhooks', () => {
  it('delivers one signed POST per event and endpoint, retries after a 500, logs every attempt and replays the same body', async () => {
    const { org, programmeId, projectIds, partners } = await marketplace(world, { partners: 1 });
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const projectId = projectIds[0] as string;
    const { endpoint, secret } = await createEndpoint(org, '/erp', [
      'BID_PLACED',
      'BID_REVISED',
      'DEAL_MOVED',
    ]);
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(endpoint.secretHint).toBe(`…${secret.slice(-4)}`);
    // The secret is never shown again.
    const listed = await must<{
      webhookEndpoints: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      world.api.gql(
        `{ webhookEndpoints { totalCount edges { node { ${ENDPOINT} } } } }`,
        {},
        org.accessToken,
      ),
    );
    expect(listed.webhookEndpoints.totalCount).toBe(1);
    expect(JSON.stringify(listed)).not.toContain(secret);
    // Another organisation subscribes to the same types: it must never hear of this one's events.
    const stranger = await signUpOrganizer(world.api);
    await createEndpoint(stranger, '/stranger', ['BID_PLACED', 'BID_REVISED', 'DEAL_MOVED']);

    const { placeBid: bid } = await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    await must(
      world.api.gql<{ reviseBid: BidView }>(
        `mutation($id: ID!, $i: BidTermsInput!) { reviseBid(id: $id, input: $i) { ${BID} } }`,
        { id: bid.id, i: { investment: { amount: '12000000', currency: 'CNY' }, validUntil: inDays(40) } },
        auth.accessToken,
      ),
    );
    const { deals } = await must<{ deals: { edges: { node: { id: string } }[] } }>(
      world.api.gql(`{ deals(first: 5) { edges { node { id } } } }`, {}, org.accessToken),
    );
    const dealId = deals.edges[0]?.node.id as string;
    await must(
      world.api.gql(
        `mutation($id: ID!, $i: MoveDealInput!) { moveDeal(id: $id, input: $i) { id } }`,
        { id: dealId, i: { to: 'CONTACTED' } },
        org.accessToken,
      ),
    );

    // Three events, each answered 500 then 200: six requests, three delivered.
    const log = await eventually(
      () => deliveries(org, endpoint.id),
      (d) => d.length === 3 && d.every((x) => x.status === 'DELIVERED'),
    );
    const requests = receiver.to('/erp');
    expect(requests).toHaveLength(6);
    expect(requests.every((r) => r.valid)).toBe(true);
    const byDelivery = new Map<string, typeof requests>();
    for (const r of requests) {
      const id = String(r.headers['x-sixcan-delivery']);
      byDelivery.set(id, [...(byDelivery.get(id) ?? []), r]);
    }
    expect(byDelivery.size).toBe(3);
    for (const [, tries] of byDelivery) {
      expect(tries.map((t) => t.answered)).toEqual([500, 200]);
      // Every attempt sends the same bytes; only the timestamp and signature are fresh.
      expect(tries[0]?.body).toBe(tries[1]?.body);
    }
    const bodies = [...byDelivery.values()].map((t) => JSON.parse(t[1]?.body ?? '{}') as WebhookBody);
    expect(bodies.map((b) => b.type).sort()).toEqual(['bid.placed', 'bid.revised', 'deal.moved']);
    const placed = bodies.find((b) => b.type === 'bid.placed') as WebhookBody;
    expect(placed).toMatchObject({ organizationId: org.me.organization.id, programmeId });
    expect(Object.keys(placed).sort()).toEqual([
      'createdAt',
      'data',
      'id',
      'organizationId',
      'programmeId',
      'type',
    ]);
    expect(placed.data).toMatchObject({ id: bid.id, revision: 1, status: 'SUBMITTED' });
    const revised = bodies.find((b) => b.type === 'bid.revised') as WebhookBody;
    expect(revised.data).toMatchObject({
      id: bid.id,
      revision: 2,
      terms: { investment: { amount: '12000000.00' } },
    });
    expect(bodies.find((b) => b.type === 'deal.moved')?.data).toMatchObject({
      id: dealId,
      stage: 'CONTACTED',
    });
    for (const r of requests) {
      const body = JSON.parse(r.body) as { id: string; type: string };
      expect(r.headers['x-sixcan-event']).toBe(body.type);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
    }
    // The delivery log: attempts with their status codes and durations.
    for (const d of log) {
      expect(d).toMatchObject({ attemptCount: 2, lastStatusCode: 200, lastError: null, nextRetryAt: null });
      expect(d.deliveredAt).not.toBeNull();
      expect(d.attempts.map((a) => [a.series, a.attempt, a.statusCode])).toEqual([
        [1, 1, 500],
        [1, 2, 200],
      ]);
      expect(d.attempts[0]?.error).toBe('HTTP 500');
      expect(d.attempts.every((a) => Number.isInteger(a.durationMs) && a.durationMs >= 0)).toBe(true);
      expect(d.lastResponseTimeMs).toBe(d.attempts[1]?.durationMs);
      expect(byDelivery.has(d.id)).toBe(true);
    }
    expect(receiver.to('/stranger')).toHaveLength(0);

    // Replay a delivered event: a new series with the same body and delivery id.
    const target = log.find((d) => d.eventType === 'bid.placed') as DeliveryView;
    const firstBody = byDelivery.get(target.id)?.[1]?.body;
    receiver.answer = () => 200;
    const { replayWebhookDelivery } = await must<{ replayWebhookDelivery: DeliveryView }>(
      world.api.gql(
        `mutation($id: ID!) { replayWebhookDelivery(id: $id) { ${DELIVERY} } }`,
        { id: target.id },
        org.accessToken,
      ),
    );
    expect(replayWebhookDelivery.status).toBe('PENDING');
    const replayed = await eventually(
      () => deliveries(org, endpoint.id),
      (d) =>
        d.find((x) => x.id === target.id)?.attemptCount === 3 &&
        d.find((x) => x.id === target.id)?.status === 'DELIVERED',
    );
    expect(replayed.find((x) => x.id === target.id)).toMatchObject({
      status: 'DELIVERED',
      lastStatusCode: 200,
    });
    const again = receiver.to('/erp').filter((r) => r.headers['x-sixcan-delivery'] === target.id);
    expect(again).toHaveLength(3);
    expect(again[2]?.body).toBe(firstBody);
    expect(receiver.to('/stranger')).toHaveLength(0);
  });

  it('fails a delivery after the last attempt and replays it as a new series with the same delivery id', async () => {
    const org = await signUpOrganizer(world.api);
    const { endpoint } = await createEndpoint(org, '/down', ['BID_PLACED']);
    receiver.answer = (_nth, path) => (path === '/down' ? 503 : 200);
    const { sendTestWebhook } = await must<{ sendTestWebhook: DeliveryView }>(
      world.api.gql(
        `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { ${DELIVERY} } }`,
        { e: endpoint.id },
        org.accessToken,
      ),
    );
    expect(sendTestWebhook).toMatchObject({ eventType: 'webhook.test', status: 'PENDING', attemptCount: 0 });
    const failed = await eventually(
      () => deliveries(org, endpoint.id),
      (d) => d[0]?.status === 'FAILED',
    );
    expect(failed[0]).toMatchObject({
      attemptCount: 3,
      lastStatusCode: 503,
      nextRetryAt: null,
      deliveredAt: null,
    });
    expect(failed[0]?.attempts.map((a) => a.statusCode)).toEqual([503, 503, 503]);
    expect(receiver.to('/down').map((r) => JSON.parse(r.body).type)).toEqual([
      'webhook.test',
      'webhook.test',
      'webhook.test',
    ]);
    expect((await deliveries(org, endpoint.id, 'DELIVERED')).length).toBe(0);

    // Replayed: a second series; replaying again while it runs is refused.
    receiver.answer = (nth, path) => (path === '/down' ? (nth >= 4 ? 200 : 503) : 200);
    await must(
      world.api.gql(
        `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }`,
        { id: failed[0]?.id },
        org.accessToken,
      ),
    );
    const busy = await world.api.gql(
      `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }`,
      { id: failed[0]?.id },
      org.accessToken,
    );
    expect(codeOf(busy)).toBe('CONFLICT');
    expect(busy.errors?.[0]?.extensions?.['reason']).toBe('DELIVERY_IN_PROGRESS');
    const delivered = await eventually(
      () => deliveries(org, endpoint.id),
      (d) => d[0]?.status === 'DELIVERED',
    );
    expect(delivered[0]?.attempts.map((a) => [a.series, a.attempt, a.statusCode])).toEqual([
      [1, 1, 503],
      [1, 2, 503],
      [1, 3, 503],
      [2, 1, 503],
      [2, 2, 200],
    ]);
    expect(delivered[0]?.attemptCount).toBe(5);
    // One delivery id over both series: receivers drop what they have already processed.
    expect(new Set(receiver.to('/down').map((r) => r.headers['x-sixcan-delivery']))).toEqual(
      new Set([failed[0]?.id]),
    );
  });

  it('checks URLs, sends nothing to disabled or deleted endpoints, rotates secrets and keeps endpoints to organizers of their organisation', async () => {
    const org = await signUpOrganizer(world.api);
    const create = (url: string) =>
      world.api.gql(
        `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
        { i: { url, eventTypes: ['DEAL_MOVED'] } },
        org.accessToken,
      );
    for (const [url, reason] of [
      ['http://example.com/hook', 'INSECURE_URL'],
      ['ftp://127.0.0.1/hook', 'INSECURE_URL'],
      ['https://user:pw@example.com/hook', 'INVALID_URL'],
      ['not a url', 'INVALID_URL'],
    ] as const) {
      const result = await create(url);
      expect(codeOf(result)).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.['reason']).toBe(reason);
    }
    const empty = await world.api.gql(
      `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
      { i: { url: 'https://example.com/hook', eventTypes: [] } },
      org.accessToken,
    );
    expect(codeOf(empty)).toBe('VALIDATION');
    // An https URL is accepted (subscribed to a type this test never emits, so nothing is sent there).
    const accepted = await must<{ createWebhookEndpoint: { secret: string } }>(
      world.api.gql(
        `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
        { i: { url: 'https://example.com/hook', eventTypes: ['ROUND_DECIDED'] } },
        org.accessToken,
      ),
    );
    expect(accepted.createWebhookEndpoint.secret).toMatch(/^whsec_/);

    const { endpoint, secret } = await createEndpoint(org, '/rotating', ['DEAL_MOVED']);
    const { rotateWebhookSecret } = await must<{
      rotateWebhookSecret: { secret: string; endpoint: { secretHint: string; version: number } };
    }>(
      world.api.gql(
        `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { secretHint version } } }`,
        { id: endpoint.id },
        org.accessToken,
      ),
    );
    expect(rotateWebhookSecret.secret).not.toBe(secret);
    expect(rotateWebhookSecret.endpoint.secretHint).toBe(`…${rotateWebhookSecret.secret.slice(-4)}`);
    receiver.secrets.set('/rotating', rotateWebhookSecret.secret);
    receiver.answer = () => 200;
    await must(
      world.api.gql(
        `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id } }`,
        { e: endpoint.id },
        org.accessToken,
      ),
    );
    await eventually(
      async () => receiver.to('/rotating'),
      (r) => r.length === 1,
    );
    expect(receiver.to('/rotating')[0]?.valid).toBe(true);

    const { updateWebhookEndpoint } = await must<{
      updateWebhookEndpoint: { enabled: boolean; eventTypes: string[]; version: number };
    }>(
      world.api.gql(
        `mutation($id: ID!, $i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $i) { enabled eventTypes version } }`,
        { id: endpoint.id, i: { enabled: false, eventTypes: ['DEAL_MOVED', 'AGREEMENT_RECORDED'] } },
        org.accessToken,
      ),
    );
    expect(updateWebhookEndpoint).toMatchObject({
      enabled: false,
      eventTypes: ['DEAL_MOVED', 'AGREEMENT_RECORDED'],
    });
    const stale = await world.api.gql(
      `mutation($id: ID!, $i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $i) { id } }`,
      { id: endpoint.id, i: { description: 'late', version: 1 } },
      org.accessToken,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.['reason']).toBe('STALE_VERSION');
    const disabledTest = await world.api.gql(
      `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id } }`,
      { e: endpoint.id },
      org.accessToken,
    );
    expect(codeOf(disabledTest)).toBe('CONFLICT');
    expect(disabledTest.errors?.[0]?.extensions?.['reason']).toBe('ENDPOINT_DISABLED');

    // Fan-out: an event reaches the enabled endpoints subscribed to its type, not the disabled one, not others.
    const live = await createEndpoint(org, '/live', ['DEAL_MOVED']);
    await createEndpoint(org, '/other-type', ['AGREEMENT_RECORDED']);
    const emit = () =>
      world.api.app.get(Transactions).run((em) =>
        world.api.app.get(DomainEvents).emit(em, {
          organizationId: org.me.organization.id,
          programmeId: null,
          type: DomainEventType.DEAL_MOVED,
          objectType: 'Deal',
          objectId: randomUUID(),
          actorUserId: org.me.user.id,
          data: { stage: 'MEETING' },
        }),
      );
    const first = await emit();
    await eventually(
      async () => receiver.to('/live'),
      (r) => r.length === 1,
    );
    expect(JSON.parse(receiver.to('/live')[0]?.body ?? '{}')).toMatchObject({
      id: first.id,
      type: 'deal.moved',
    });
    // Deleted endpoints get nothing more; a witness endpoint shows the fan-out of the second event has run.
    const witness = await createEndpoint(org, '/witness', ['DEAL_MOVED']);
    await must(
      world.api.gql(
        `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
        { id: live.endpoint.id },
        org.accessToken,
      ),
    );
    const second = await emit();
    await eventually(
      async () => receiver.to('/witness'),
      (r) => r.length === 1,
    );
    const rows = await world.db.query(`SELECT endpoint_id FROM webhook_delivery WHERE event_id = $1`, [
      second.id,
    ]);
    expect(rows.map((r: { endpoint_id: string }) => r.endpoint_id)).toEqual([witness.endpoint.id]);
    expect(receiver.to('/live')).toHaveLength(1);
    expect(receiver.to('/other-type')).toHaveLength(0);
    const firstRows = await world.db.query(`SELECT endpoint_id FROM webhook_delivery WHERE event_id = $1`, [
      first.id,
    ]);
    expect(firstRows.map((r: { endpoint_id: string }) => r.endpoint_id)).toEqual([live.endpoint.id]);

    // Only organizers of the organisation: others get FORBIDDEN, other organisations NOT_FOUND.
    const stranger = await signUpOrganizer(world.api);
    for (const query of [
      `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
      `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
      `mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }`,
      `query($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }`,
    ])
      expect(codeOf(await world.api.gql(query, { id: endpoint.id }, stranger.accessToken))).toBe('NOT_FOUND');
    const partnerToken = world.api.token({
      organizationId: org.me.organization.id,
      roles: ['PARTNER' as never],
    });
    expect(codeOf(await world.api.gql(`{ webhookEndpoints { totalCount } }`, {}, partnerToken))).toBe(
      'FORBIDDEN',
    );

    expect(
      (
        await must<{ deleteWebhookEndpoint: boolean }>(
          world.api.gql(
            `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
            { id: endpoint.id },
            org.accessToken,
          ),
        )
      ).deleteWebhookEndpoint,
    ).toBe(true);
    const after = await must<{ webhookEndpoints: { edges: { node: { id: string } }[] } }>(
      world.api.gql(`{ webhookEndpoints { edges { node { id } } } }`, {}, org.accessToken),
    );
    expect(after.webhookEndpoints.edges.map((e) => e.node.id)).not.toContain(endpoint.id);
    expect(
      codeOf(
        await world.api.gql(
          `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
          { id: endpoint.id },
          org.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lists endpoints with their latest delivery in a fixed number of statements, creates disabled endpoints, and names every refusal', async () => {
    const org = await signUpOrganizer(world.api);
    receiver.answer = () => 200;
    // Registered disabled: listed as such, sent nothing (neither tests nor events) until enabled.
    const { createWebhookEndpoint: off } = await must<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string; enabled: boolean; version: number } };
    }>(
      world.api.gql(
        `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { id enabled version } } }`,
        { i: { url: `${receiver.url}/off`, eventTypes: ['DEAL_MOVED'], enabled: false } },
        org.accessToken,
      ),
    );
    receiver.secrets.set('/off', off.secret);
    expect(off.endpoint.enabled).toBe(false);
    const refusedTest = await world.api.gql(
      `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id } }`,
      { e: off.endpoint.id },
      org.accessToken,
    );
    expect(refusedTest.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ENDPOINT_DISABLED',
    });
    const witness = await createEndpoint(org, '/off-witness', ['DEAL_MOVED']);
    const event = await world.api.app.get(Transactions).run((em) =>
      world.api.app.get(DomainEvents).emit(em, {
        organizationId: org.me.organization.id,
        programmeId: null,
        type: DomainEventType.DEAL_MOVED,
        objectType: 'Deal',
        objectId: randomUUID(),
        actorUserId: org.me.user.id,
        data: { stage: 'MEETING' },
      }),
    );
    await eventually(
      async () => receiver.to('/off-witness'),
      (r) => r.length === 1,
    );
    const fanned = await world.db.query(`SELECT endpoint_id FROM webhook_delivery WHERE event_id = $1`, [
      event.id,
    ]);
    expect(fanned.map((r: { endpoint_id: string }) => r.endpoint_id)).toEqual([witness.endpoint.id]);
    expect(receiver.to('/off')).toHaveLength(0);

    // Up to 25 endpoints; the three newest get a test delivery (the witness has its event's).
    const created = [];
    for (let i = 0; i < 23; i += 1) created.push(await createEndpoint(org, `/many/${i}`, ['ROUND_DECIDED']));
    const tested = created.slice(-3); // the newest: the first page of two has deliveries and attempts
    for (const { endpoint } of tested)
      await must(
        world.api.gql(
          `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id } }`,
          { e: endpoint.id },
          org.accessToken,
        ),
      );
    await eventually(
      async () => tested.map(({ endpoint }) => receiver.to(endpoint.url.slice(receiver.url.length)).length),
      (counts) => counts.every((n) => n === 1),
    );
    const full = await world.api.gql(
      `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
      { i: { url: `${receiver.url}/one-too-many`, eventTypes: ['DEAL_MOVED'] } },
      org.accessToken,
    );
    expect(full.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ENDPOINT_LIMIT_REACHED',
    });

    // The list answers each endpoint's latest delivery: the first row of its log, or null.
    const LIST = `query($f: Int) { webhookEndpoints(first: $f) { totalCount edges { node { id enabled
      lastDelivery { id endpointId eventType status lastStatusCode createdAt attempts { attempt statusCode } } } } } }`;
    interface Listed {
      id: string;
      enabled: boolean;
      lastDelivery: {
        id: string;
        endpointId: string;
        eventType: string;
        status: string;
        lastStatusCode: number | null;
        createdAt: string;
        attempts: { attempt: number; statusCode: number | null }[];
      } | null;
    }
    const listed = await eventually(
      async () =>
        (
          await must<{ webhookEndpoints: { totalCount: number; edges: { node: Listed }[] } }>(
            world.api.gql(LIST, { f: 50 }, org.accessToken),
          )
        ).webhookEndpoints,
      (l) => l.edges.filter((e) => e.node.lastDelivery?.status === 'DELIVERED').length === 4,
    );
    expect(listed.totalCount).toBe(25);
    const byId = new Map(listed.edges.map((e) => [e.node.id, e.node]));
    for (const { endpoint } of tested) {
      const [first] = await deliveries(org, endpoint.id);
      expect(byId.get(endpoint.id)?.lastDelivery).toEqual({
        id: first?.id,
        endpointId: endpoint.id,
        eventType: 'webhook.test',
        status: 'DELIVERED',
        lastStatusCode: 200,
        createdAt: expect.any(String),
        attempts: [{ attempt: 1, statusCode: 200 }],
      });
    }
    expect(byId.get(witness.endpoint.id)?.lastDelivery).toMatchObject({
      eventType: 'deal.moved',
      status: 'DELIVERED',
    });
    expect(byId.get(off.endpoint.id)).toMatchObject({ enabled: false, lastDelivery: null });
    expect(created.slice(0, -3).every(({ endpoint }) => byId.get(endpoint.id)?.lastDelivery === null)).toBe(
      true,
    );
    // A newer delivery takes its place: the latest, not the first.
    const target = tested[0]?.endpoint.id as string;
    const { sendTestWebhook: second } = await must<{ sendTestWebhook: { id: string } }>(
      world.api.gql(
        `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id } }`,
        { e: target },
        org.accessToken,
      ),
    );
    const again = await must<{ webhookEndpoints: { edges: { node: Listed }[] } }>(
      world.api.gql(LIST, { f: 50 }, org.accessToken),
    );
    expect(again.webhookEndpoints.edges.find((e) => e.node.id === target)?.node.lastDelivery?.id).toBe(
      second.id,
    );
    await eventually(
      () => deliveries(org, target),
      (d) => d[0]?.id === second.id && d[0]?.status === 'DELIVERED',
    );
    // Another organisation's token reads nothing of these.
    const stranger = await signUpOrganizer(world.api);
    const theirs = await must<{ webhookEndpoints: { totalCount: number } }>(
      world.api.gql(`{ webhookEndpoints { totalCount } }`, {}, stranger.accessToken),
    );
    expect(theirs.webhookEndpoints.totalCount).toBe(0);

    // As many statements for 25 endpoints (with their deliveries and attempts) as for 2: no query per endpoint.
    const count = async (first: number) => {
      const { result, statements } = await captureStatements(() =>
        world.api.gql(LIST, { f: first }, org.accessToken),
      );
      expect(result.errors).toBeUndefined();
      return statements.filter((x) => /webhook_/i.test(x.text)).length;
    };
    const fewest = async (first: number) =>
      Math.min(await count(first), await count(first), await count(first));
    const [small, large] = [await fewest(2), await fewest(25)];
    expect(large).toBe(small);
    // The page, its count, the latest deliveries and their attempts.
    expect(large).toBe(4);

    // Disabled: replaying one of its deliveries is refused by name; a delivered one replays once enabled.
    const { updateWebhookEndpoint } = await must<{ updateWebhookEndpoint: { version: number } }>(
      world.api.gql(
        `mutation($id: ID!, $i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $i) { version } }`,
        { id: witness.endpoint.id, i: { enabled: false } },
        org.accessToken,
      ),
    );
    const delivered = byId.get(witness.endpoint.id)?.lastDelivery?.id;
    const replay = (id: string | undefined) =>
      world.api.gql<{ replayWebhookDelivery: { id: string; status: string } }>(
        `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status } }`,
        { id },
        org.accessToken,
      );
    expect((await replay(delivered)).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ENDPOINT_DISABLED',
    });
    await must(
      world.api.gql(
        `mutation($id: ID!, $i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $i) { id } }`,
        { id: witness.endpoint.id, i: { enabled: true, version: updateWebhookEndpoint.version } },
        org.accessToken,
      ),
    );
    expect((await must(replay(delivered))).replayWebhookDelivery).toMatchObject({ status: 'PENDING' });
  });
});
