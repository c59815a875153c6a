import {
  DomainEventRecord,
  LiveEvents,
  ProgrammeActivity,
  programmeActivityTopic,
} from '@sixcan/server-core';
import { eventually } from '@sixcan/server-testing';
import {
  BID,
  BidView,
  inDays,
  marketplace,
  must,
  placeBid,
  startWorld,
  World,
} from '../matching/matching.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const eventsOf = (organizationId: string) =>
  world.db.getRepository(DomainEventRecord).find({
    where: { organizationId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });

describe('domain events', () => {
  it('stores one event per state change with the whole record, and announces it on the programme topic', async () => {
    const { org, programmeId, projectIds, partners } = await marketplace(world, { partners: 1 });
    const orgId = org.me.organization.id;
    const [{ partner, auth }] = partners as [(typeof partners)[0]];
    const projectId = projectIds[0] as string;
    // The project was submitted by the applicant: one project.submitted with the project as organizers read it.
    const submitted = await eventsOf(orgId);
    expect(submitted.map((e) => e.type)).toEqual(['project.submitted']);
    expect(submitted[0]).toMatchObject({ programmeId, objectType: 'Project', objectId: projectId });
    expect(submitted[0]?.data).toMatchObject({ id: projectId, status: 'SUBMITTED', programmeId });

    // Listen to the programme's activity (published by the worker's dispatch job through Redis).
    const live = world.api.app.get(LiveEvents);
    const heard: ProgrammeActivity[] = [];
    const iterator = live.subscribe<ProgrammeActivity>(programmeActivityTopic(programmeId));
    const reading = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        heard.push(next.value);
      }
    })();
    // The first next() subscribes; wait until Redis has confirmed it, so no change is missed.
    await (iterator as unknown as { subscriptionIds: Promise<unknown> }).subscriptionIds;

    const { placeBid: bid } = await must(placeBid(world, auth, { partnerId: partner.id, projectId }));
    const { reviseBid } = await must(
      world.api.gql<{ reviseBid: BidView }>(
        `mutation($id: ID!, $i: BidTermsInput!) { reviseBid(id: $id, input: $i) { ${BID} } }`,
        { id: bid.id, i: { investment: { amount: '12000000', currency: 'CNY' }, validUntil: inDays(40) } },
        auth.accessToken,
      ),
    );
    expect(reviseBid.revision).toBe(2);
    const { deals } = await must(
      world.api.gql<{ deals: { edges: { node: { id: string; version: number } }[] } }>(
        `{ deals(first: 5) { edges { node { id version } } } }`,
        {},
        org.accessToken,
      ),
    );
    const deal = deals.edges[0]?.node as { id: string; version: number };
    await must(
      world.api.gql(
        `mutation($id: ID!, $i: MoveDealInput!) { moveDeal(id: $id, input: $i) { id stage } }`,
        { id: deal.id, i: { to: 'CONTACTED' } },
        org.accessToken,
      ),
    );

    const events = await eventsOf(orgId);
    expect(events.map((e) => e.type)).toEqual([
      'project.submitted',
      'bid.placed',
      'bid.revised',
      'deal.moved',
    ]);
    const [, placed, revised, moved] = events as DomainEventRecord[];
    // The whole record, not the changed fields: the bid with its terms and history, the deal with its stage.
    expect(placed).toMatchObject({
      programmeId,
      objectType: 'Bid',
      objectId: bid.id,
      actorUserId: auth.me.user.id,
    });
    expect(placed?.data).toMatchObject({
      id: bid.id,
      status: 'SUBMITTED',
      revision: 1,
      partnerId: partner.id,
    });
    expect(revised?.data).toMatchObject({
      id: bid.id,
      revision: 2,
      terms: { investment: { amount: '12000000.00', currency: 'CNY' } },
    });
    expect((revised?.data['history'] as unknown[]).length).toBe(2);
    expect(moved?.data).toMatchObject({ id: deal.id, stage: 'CONTACTED', projectId, partnerId: partner.id });
    expect(typeof moved?.data['updatedAt']).toBe('string');

    await eventually(
      async () => heard.map((h) => h.type),
      (types) => types.length >= 3,
    );
    expect(heard.map((h) => h.type)).toEqual(['bid.placed', 'bid.revised', 'deal.moved']);
    expect(heard.every((h) => h.programmeId === programmeId && !Number.isNaN(Date.parse(h.at)))).toBe(true);
    await iterator.return?.();
    await reading;

    // Events are facts: the database refuses to change or delete them.
    await expect(
      world.db.query(`UPDATE domain_event SET type = 'x' WHERE id = $1`, [placed?.id]),
    ).rejects.toThrow(/append-only/);
    await expect(world.db.query(`DELETE FROM domain_event WHERE id = $1`, [placed?.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
