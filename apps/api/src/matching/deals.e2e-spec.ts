import { AppConfig } from '@sixcan/server-core';
import { DealRemindProcessor } from '@sixcan/server-matching';
import { randomUUID } from 'node:crypto';
import {
  codeOf,
  mailsTo,
  marketplace,
  must,
  nodes,
  Page,
  recordIntent,
  startWorld,
  World,
} from './matching.fixtures';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const gql = <T>(who: { accessToken: string }, query: string, variables: Record<string, unknown> = {}) =>
  world.api.gql<T>(query, variables, who.accessToken);

const DEAL =
  'id partnerId projectId stage dropReason droppedFrom meetingAt nextStepAt nextStep ownerUserId version activities { kind note nextStepAt }';

interface DealView {
  id: string;
  stage: string;
  version: number;
  ownerUserId: string | null;
  activities: { kind: string; note: string }[];
}

async function openedDeal() {
  const m = await marketplace(world, { partners: 2 });
  const [a] = m.partners as [(typeof m.partners)[0]];
  await must(recordIntent(world, a.auth, { partnerId: a.partner.id, projectId: m.projectIds[0] }));
  const { deals } = await must(
    gql<{ deals: Page<DealView> }>(a.auth, `{ deals { edges { node { ${DEAL} } } } }`),
  );
  return { ...m, deal: nodes(deals)[0] as DealView };
}

const move = (who: { accessToken: string }, id: string, input: Record<string, unknown>) =>
  gql<{ moveDeal: DealView }>(
    who,
    `mutation($id: ID!, $i: MoveDealInput!) { moveDeal(id: $id, input: $i) { ${DEAL} } }`,
    { id, i: input },
  );

describe('deals', () => {
  it('opens at INTENT and moves with the fields each stage requires; DROPPED needs a reason', async () => {
    const { org, partners, deal } = await openedDeal();
    const [a] = partners as [(typeof partners)[0]];
    expect(deal.stage).toBe('INTENT');
    expect(codeOf(await move(a.auth, deal.id, { to: 'MEETING' }))).toBe('VALIDATION');
    const met = (await must(move(a.auth, deal.id, { to: 'MEETING', meetingAt: '2027-04-01T02:00:00Z' })))
      .moveDeal;
    expect(met).toMatchObject({ stage: 'MEETING', version: 2 });
    expect(codeOf(await move(a.auth, deal.id, { to: 'SIGNED' }))).toBe('VALIDATION');
    expect(codeOf(await move(a.auth, deal.id, { to: 'DROPPED' }))).toBe('VALIDATION');
    expect(codeOf(await move(a.auth, deal.id, { to: 'CONTACTED', version: 1 }))).toBe('CONFLICT');
    const dropped = (await must(move(org, deal.id, { to: 'DROPPED', reason: 'Found another site' })))
      .moveDeal;
    expect(dropped).toMatchObject({ stage: 'DROPPED', droppedFrom: 'MEETING' });
    expect(codeOf(await move(org, deal.id, { to: 'NDA' }))).toBe('CONFLICT');
    expect((await must(move(org, deal.id, { to: 'MEETING' }))).moveDeal.stage).toBe('MEETING');
    const audit = await world.db.query(
      `SELECT summary FROM audit_event WHERE object_id = $1 AND action = 'deal.moved' ORDER BY created_at`,
      [deal.id],
    );
    expect(audit.map((r: { summary: { to: string } }) => r.summary.to)).toEqual([
      'MEETING',
      'DROPPED',
      'MEETING',
    ]);
  });

  it('logs activities with the next step and reminds the owner once when it is due or the deal goes quiet', async () => {
    const { partners, deal } = await openedDeal();
    const [a] = partners as [(typeof partners)[0]];
    const due = new Date(Date.now() + 86400_000).toISOString();
    const { logDealActivity } = await must(
      gql<{ logDealActivity: DealView }>(
        a.auth,
        `mutation($id: ID!) { logDealActivity(id: $id, input: { kind: CALL, note: "Intro call", nextStepAt: "${due}", nextStep: "Send the NDA" }) { ${DEAL} } }`,
        { id: deal.id },
      ),
    );
    expect(logDealActivity.activities.map((x) => [x.kind, x.note])).toEqual([['CALL', 'Intro call']]);
    expect(logDealActivity.ownerUserId).toBe(a.auth.me.user.id);
    const job = world.worker.get(DealRemindProcessor);
    await job.handle({}, undefined, new Date(Date.now() + 2 * 86400_000));
    await job.handle({}, undefined, new Date(Date.now() + 3 * 86400_000));
    expect(await mailsTo(world.db, a.auth.me.user.email, 'matching.deal_reminder')).toHaveLength(1);
    const STALE_DAYS = world.worker.get(AppConfig).env.DEAL_STALE_DAYS;
    expect(STALE_DAYS).toBe(14);
    await job.handle({}, undefined, new Date(Date.now() + (STALE_DAYS + 1) * 86400_000));
    await job.handle({}, undefined, new Date(Date.now() + (STALE_DAYS + 2) * 86400_000));
    expect(await mailsTo(world.db, a.auth.me.user.email, 'matching.deal_reminder')).toHaveLength(2);
  });

  it('never shows a partner another partner’s deal, on any path; foreign and random ids answer alike', async () => {
    const { org, partners, deal } = await openedDeal();
    const [, b] = partners as [(typeof partners)[0], (typeof partners)[0]];
    expect(
      (await must(gql<{ deals: Page<DealView> }>(b.auth, `{ deals { edges { node { id } } } }`))).deals.edges,
    ).toEqual([]);
    const filtered = await must(
      gql<{ deals: Page<DealView> }>(
        b.auth,
        `query($p: ID!) { deals(filter: { projectId: $p }) { edges { node { id } } } }`,
        {
          p: deal.id,
        },
      ),
    );
    expect(nodes(filtered.deals)).toEqual([]);
    const paths = [
      `query($id: ID!) { deal(id: $id) { id activities { note } } }`,
      `mutation($id: ID!) { moveDeal(id: $id, input: { to: CONTACTED }) { id } }`,
      `mutation($id: ID!) { logDealActivity(id: $id, input: { kind: NOTE, note: "x" }) { id } }`,
    ];
    for (const query of paths) {
      const theirs = await gql(b.auth, query, { id: deal.id });
      const random = await gql(b.auth, query, { id: randomUUID() });
      expect(codeOf(theirs)).toBe('NOT_FOUND');
      expect(theirs.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    }
    const other = await marketplace(world, { partners: 0 });
    const foreign = await gql(other.org, `query($id: ID!) { deal(id: $id) { id } }`, { id: deal.id });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(
      (
        await must(
          gql<{ deals: Page<DealView> }>(
            org,
            `{ deals(filter: { stages: [INTENT] }) { edges { node { id } } } }`,
          ),
        )
      ).deals.edges.map((e) => e.node.id),
    ).toEqual([deal.id]);
  });
});
