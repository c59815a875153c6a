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
  uploadFile,
  World,
} from './matching.fixtures';
import { DEAL_STAGES } from '@sixcan/domain';

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

  it('counts deals per stage in ladder order and finds them by project title or partner name, each partner its own', async () => {
    const m = await marketplace(world, { partners: 2, projects: 2 });
    const [a, b] = m.partners as [(typeof m.partners)[0], (typeof m.partners)[0]];
    const [p1, p2] = m.projectIds as [string, string];
    await must(recordIntent(world, a.auth, { partnerId: a.partner.id, projectId: p1 }));
    await must(recordIntent(world, a.auth, { partnerId: a.partner.id, projectId: p2 }));
    await must(recordIntent(world, b.auth, { partnerId: b.partner.id, projectId: p1 }));
    const list = (who: { accessToken: string }, filter: Record<string, unknown> = {}, page = '') =>
      must(
        gql<{
          deals: Page<{
            id: string;
            partnerId: string;
            projectId: string;
            partnerName: { en: string };
            projectTitle: { en: string };
          }>;
        }>(
          who,
          `query($f: DealsFilter) { deals(filter: $f${page}) { totalCount pageInfo { hasNextPage endCursor }
             edges { node { id partnerId projectId partnerName { en } projectTitle { en } } } } }`,
          { f: filter },
        ),
      ).then((r) => r.deals);
    const counts = async (who: { accessToken: string }, filter: Record<string, unknown> = {}) =>
      (
        await must(
          gql<{ dealStageCounts: { stage: string; count: number }[] }>(
            who,
            `query($f: DealsFilter) { dealStageCounts(filter: $f) { stage count } }`,
            { f: filter },
          ),
        )
      ).dealStageCounts;
    const aOnP2 = nodes(await list(m.org, { partnerId: a.partner.id, projectId: p2 }))[0] as { id: string };
    await must(move(m.org, aOnP2.id, { to: 'CONTACTED' }));
    const all = await counts(m.org);
    expect(all.map((c) => c.stage)).toEqual([...DEAL_STAGES]);
    expect(Object.fromEntries(all.filter((c) => c.count).map((c) => [c.stage, c.count]))).toEqual({
      INTENT: 2,
      CONTACTED: 1,
    });
    expect((await counts(a.auth)).filter((c) => c.count)).toEqual([
      { stage: 'INTENT', count: 1 },
      { stage: 'CONTACTED', count: 1 },
    ]);
    expect((await counts(b.auth)).filter((c) => c.count)).toEqual([{ stage: 'INTENT', count: 1 }]);
    // Another partner's deals count as nothing, asked for by partner, project or name alike.
    for (const filter of [{ partnerId: a.partner.id }, { projectId: p2 }, { search: 'Partner 1' }]) {
      expect((await counts(b.auth, filter)).every((c) => c.count === 0)).toBe(true);
      expect((await list(b.auth, filter)).totalCount).toBe(0);
    }
    // Search: the partner's name or the project's title, case-insensitive; LIKE wildcards are literal.
    const byName = await list(m.org, { search: 'partner 2' });
    expect(nodes(byName).map((d) => d.partnerId)).toEqual([b.partner.id]);
    expect(nodes(byName)[0]?.partnerName.en).toBe('Partner 2');
    const title = nodes(await list(m.org, { projectId: p2 }))[0]?.projectTitle.en as string;
    const byTitle = await list(m.org, { search: title.toUpperCase() });
    expect(nodes(byTitle).map((d) => d.id)).toEqual([aOnP2.id]);
    expect((await list(m.org, { search: '%' })).totalCount).toBe(0);
    expect((await list(a.auth, { search: 'project ' })).totalCount).toBe(2);
    // Stale: open deals without activity for DEAL_STALE_DAYS.
    await world.db.query(`UPDATE deal SET last_activity_at = now() - interval '15 days' WHERE id = $1`, [
      aOnP2.id,
    ]);
    expect(nodes(await list(m.org, { stale: true })).map((d) => d.id)).toEqual([aOnP2.id]);
    expect((await list(m.org, { stale: false })).totalCount).toBe(2);
    expect((await counts(m.org, { stale: true })).find((c) => c.stage === 'CONTACTED')?.count).toBe(1);
    // Pages: latest change first, no deal twice.
    const first = await list(m.org, {}, ', first: 2');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list(m.org, {}, `, first: 2, after: "${first.pageInfo.endCursor}"`);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...nodes(first), ...nodes(rest)].map((d) => d.id)).size).toBe(3);
    expect(nodes(first)[0]?.id).toBe(aOnP2.id);
  });

  it('takes NDA and MoU files only from the organisation’s stored files', async () => {
    const { org, partners, deal } = await openedDeal();
    const [a] = partners as [(typeof partners)[0]];
    const other = await marketplace(world, { partners: 0 });
    const foreign = await uploadFile(world, other.org);
    for (const fileId of [foreign, randomUUID()]) {
      const refused = await move(a.auth, deal.id, { to: 'NDA', ndaFileId: fileId });
      expect(codeOf(refused)).toBe('VALIDATION');
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        reason: 'FILE_NOT_FOUND',
        fields: [{ field: 'input.ndaFileId' }],
      });
    }
    const refused = await move(org, deal.id, { to: 'MOU', ndaFileId: foreign, mouFileId: foreign });
    expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'input.ndaFileId', message: 'no such file' },
      { field: 'input.mouFileId', message: 'no such file' },
    ]);
    const nda = await uploadFile(world, a.auth, 'nda.pdf');
    expect((await must(move(a.auth, deal.id, { to: 'NDA', ndaFileId: nda }))).moveDeal.stage).toBe('NDA');
  });

  it('lists activities newest first', async () => {
    const { partners, deal } = await openedDeal();
    const [a] = partners as [(typeof partners)[0]];
    for (const note of ['First call', 'Second call'])
      await must(
        gql(
          a.auth,
          `mutation($id: ID!, $n: String!) { logDealActivity(id: $id, input: { kind: CALL, note: $n }) { id } }`,
          {
            id: deal.id,
            n: note,
          },
        ),
      );
    const { deal: read } = await must(
      gql<{ deal: DealView }>(a.auth, `query($id: ID!) { deal(id: $id) { ${DEAL} } }`, { id: deal.id }),
    );
    expect(read.activities.map((x) => x.note)).toEqual(['Second call', 'First call']);
  });
});
