import { AppConfig } from '@sixcan/server-core';
import { ApiHarness, eventually, startApi } from '@sixcan/server-testing';
import { Client, createClient } from 'graphql-ws';
import IORedis from 'ioredis';
import WebSocket from 'ws';
import { createApi } from '../bootstrap';
import { partnerAccount } from '../matching/matching.fixtures';
import {
  codeOf,
  must,
  PUBLIC_URL,
  referenceRoadshow,
  RoadshowView,
  signUpOrganizer,
  startWorld,
  World,
} from './roadshows.fixtures';

/** Two api instances on one PostgreSQL and one Redis: A takes the writes, B serves the subscribers. */
let world: World;
let b: ApiHarness;
let redis: IORedis;
beforeAll(async () => {
  world = await startWorld();
  b = await startApi(() => createApi({ logs: false }), { PUBLIC_URL });
  redis = new IORedis(b.app.get(AppConfig).redisUrl as string);
});
afterAll(async () => {
  redis.disconnect();
  await b.close();
  await world.close();
});

const STATE = `roadshowId status updatedAt totalIntents intentCounts { projectId count }
  currentSlot { id projectId title { en } startedAt plannedEnd status }
  nextSlot { id projectId order }
  slots { id projectId order status startsAt endsAt }`;

interface LiveState {
  roadshowId: string;
  status: string;
  totalIntents: number;
  intentCounts: { projectId: string; count: number }[];
  currentSlot: {
    id: string;
    projectId: string;
    startedAt: string;
    plannedEnd: string;
    status: string;
  } | null;
  nextSlot: { id: string; order: number } | null;
  slots: { id: string; status: string }[];
}

interface Subscriber {
  states: LiveState[];
  errors: unknown[];
  close(): Promise<void>;
}

/** A graphql-ws client subscribed to an event's live state on `api`. */
function subscribe(api: ApiHarness, roadshowId: string, token?: string): Subscriber {
  const client: Client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const states: LiveState[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<{ roadshowUpdated: LiveState }>(
    {
      query: `subscription($id: ID!) { roadshowUpdated(roadshowId: $id) { ${STATE} } }`,
      variables: { id: roadshowId },
    },
    {
      next: (value) => {
        if (value.data) states.push(value.data.roadshowUpdated);
        if (value.errors) errors.push(value.errors);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    states,
    errors,
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
}

/** Resolves once B's Redis subscription for the event is in place (SUBSCRIBE is asynchronous). */
async function listening(roadshowId: string, count = 1): Promise<void> {
  const channel = `${process.env['QUEUE_PREFIX']}:roadshow.${roadshowId}`;
  await eventually(
    async () => Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]),
    (n) => n >= count,
  );
}

async function liveRoadshow() {
  const fixture = await referenceRoadshow(world);
  const { org, roadshow } = fixture;
  const run = (mutation: string) =>
    must(
      world.api.gql(
        `mutation($id: ID!) { ${mutation}(id: $id) { id status } }`,
        { id: roadshow.id },
        org.accessToken,
      ),
    );
  await run('publishRoadshow');
  return { ...fixture, run };
}

describe('the live console across two api instances', () => {
  it('pushes slot moves made through A to a subscriber on B, and intents recorded from the roadshow', async () => {
    const { org, roadshow, run } = await liveRoadshow();
    const partner = await partnerAccount(world, org);
    const watcher = subscribe(b, roadshow.id, partner.auth.accessToken);
    await listening(roadshow.id);

    await run('startRoadshow');
    await eventually(
      async () => watcher.states,
      (s) => s.some((x) => x.status === 'LIVE'),
    );

    const slot = roadshow.plan.slots[0] as RoadshowView['plan']['slots'][0];
    const { moveRoadshowSlot } = await must<{ moveRoadshowSlot: { id: string; status: string } }>(
      world.api.gql(
        `mutation($s: ID!) { moveRoadshowSlot(slotId: $s, status: ON_STAGE) { id status startedAt plannedEnd } }`,
        { s: slot.id },
        org.accessToken,
      ),
    );
    expect(moveRoadshowSlot.status).toBe('ON_STAGE');
    const onStage = await eventually(
      async () => watcher.states.find((s) => s.currentSlot?.id === slot.id),
      (s) => s !== undefined,
    );
    expect(onStage?.currentSlot).toMatchObject({ projectId: slot.projectId, status: 'ON_STAGE' });
    expect(
      Date.parse(onStage?.currentSlot?.plannedEnd as string) -
        Date.parse(onStage?.currentSlot?.startedAt as string),
    ).toBe(12 * 60_000);
    expect(onStage?.nextSlot?.order).toBe(2);

    // One pitch on stage at a time.
    const second = roadshow.plan.slots[1] as RoadshowView['plan']['slots'][0];
    const clash = await world.api.gql(
      `mutation($s: ID!) { moveRoadshowSlot(slotId: $s, status: ON_STAGE) { id } }`,
      { s: second.id },
      org.accessToken,
    );
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ANOTHER_SLOT_ON_STAGE',
    });

    // The partner presses "intent" during the pitch (through A): B's subscriber sees the count go up.
    await must(
      world.api.gql(
        `mutation($i: RecordIntentInput!) { recordIntent(input: $i) { id } }`,
        {
          i: {
            partnerId: partner.partner.id,
            projectId: slot.projectId,
            kind: 'INVESTMENT',
            source: 'ROADSHOW',
          },
        },
        partner.auth.accessToken,
      ),
    );
    const counted = await eventually(
      async () => watcher.states.find((s) => s.totalIntents === 1),
      (s) => s !== undefined,
    );
    expect(counted?.intentCounts.find((c) => c.projectId === slot.projectId)?.count).toBe(1);
    // Another source is not the roadshow's.
    await must(
      world.api.gql(
        `mutation($i: RecordIntentInput!) { recordIntent(input: $i) { id } }`,
        {
          i: {
            partnerId: partner.partner.id,
            projectId: second.projectId,
            kind: 'INVESTMENT',
            source: 'HANDBOOK',
          },
        },
        partner.auth.accessToken,
      ),
    );

    // The first paint reads the same state.
    const { roadshowLive } = await must<{ roadshowLive: LiveState }>(
      b.gql(
        `query($id: ID!) { roadshowLive(roadshowId: $id) { ${STATE} } }`,
        { id: roadshow.id },
        partner.auth.accessToken,
      ),
    );
    expect(roadshowLive).toMatchObject({ status: 'LIVE', totalIntents: 1, currentSlot: { id: slot.id } });

    await run('endRoadshow');
    const ended = await eventually(
      async () => watcher.states.find((s) => s.status === 'ENDED'),
      (s) => s !== undefined,
    );
    expect(ended?.currentSlot).toBeNull();
    expect(ended?.slots.find((s) => s.id === slot.id)?.status).toBe('DONE');
    expect(watcher.errors).toEqual([]);
    await watcher.close();
  });

  it('refuses a subscription without a valid token, or to another organisation’s event', async () => {
    const { roadshow } = await liveRoadshow();
    const anonymous = subscribe(b, roadshow.id);
    const closed = await eventually(
      async () => anonymous.errors,
      (e) => e.length > 0,
    );
    expect((closed[0] as { code?: number }).code).toBe(4403);
    await anonymous.close();

    const forged = subscribe(b, roadshow.id, 'not-a-token');
    expect(
      (
        (
          await eventually(
            async () => forged.errors,
            (e) => e.length > 0,
          )
        )[0] as { code?: number }
      ).code,
    ).toBe(4403);
    await forged.close();

    const stranger = await signUpOrganizer(world.api);
    const foreign = subscribe(b, roadshow.id, stranger.accessToken);
    const [errors] = await eventually(
      async () => foreign.errors,
      (e) => e.length > 0,
    );
    expect((errors as { extensions?: { code?: string } }[])[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.states).toEqual([]);
    await foreign.close();

    // The same answer over HTTP.
    expect(
      codeOf(
        await b.gql(
          `query($id: ID!) { roadshowLive(roadshowId: $id) { roadshowId } }`,
          { id: roadshow.id },
          stranger.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
