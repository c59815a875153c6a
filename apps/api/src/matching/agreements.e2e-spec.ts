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

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const gql = <T>(who: { accessToken: string }, query: string, variables: Record<string, unknown> = {}) =>
  world.api.gql<T>(query, variables, who.accessToken);

const AGREEMENT =
  'id dealId kind parties ceremonyId committed { amount currency } realised { amount currency } registeredEntity jobsCreated landingPartnerId';

describe('agreements and ceremonies', () => {
  it('records one agreement per deal, tells both parties once, and lets the deal be signed and landed', async () => {
    const { org, applicant, projectIds, partners } = await marketplace(world, { partners: 2 });
    const [investor, park] = partners as [(typeof partners)[0], (typeof partners)[0]];
    await must(
      recordIntent(world, investor.auth, { partnerId: investor.partner.id, projectId: projectIds[0] }),
    );
    const { deals } = await must(
      gql<{ deals: Page<{ id: string }> }>(org, `{ deals { edges { node { id } } } }`),
    );
    const dealId = nodes(deals)[0]?.id as string;
    expect(
      (
        await must(
          gql<{ deal: { agreementId: string | null } }>(
            org,
            `query($id: ID!) { deal(id: $id) { agreementId } }`,
            {
              id: dealId,
            },
          ),
        )
      ).deal.agreementId,
    ).toBeNull();
    const { createCeremony } = await must(
      gql<{ createCeremony: { id: string } }>(
        org,
        `mutation { createCeremony(input: { title: { zh: "云签约仪式", en: "Cloud signing" }, mode: CLOUD, heldAt: "2027-04-20T06:00:00Z", timeZone: "Asia/Shanghai" }) { id } }`,
      ),
    );
    expect(
      codeOf(
        await gql(org, `mutation($id: ID!) { moveDeal(id: $id, input: { to: SIGNED }) { id } }`, {
          id: dealId,
        }),
      ),
    ).toBe('VALIDATION');
    const input = {
      dealId,
      kind: 'INVESTMENT',
      parties: ['Galaxy Capital', 'TU München'],
      ceremonyId: createCeremony.id,
      signedAt: '2027-04-20T06:30:00Z',
      committed: { amount: '150000000', currency: 'CNY' },
    };
    const { recordAgreement } = await must(
      gql<{ recordAgreement: { id: string; committed: { amount: string } } }>(
        org,
        `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { ${AGREEMENT} } }`,
        { i: input },
      ),
    );
    expect(recordAgreement.committed.amount).toBe('150000000.00');
    const agreementOf = async () =>
      (
        await must(
          gql<{ deal: { agreementId: string | null } }>(
            org,
            `query($id: ID!) { deal(id: $id) { agreementId } }`,
            {
              id: dealId,
            },
          ),
        )
      ).deal.agreementId;
    expect(await agreementOf()).toBe(recordAgreement.id);
    expect(
      codeOf(
        await gql(org, `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { id } }`, {
          i: input,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await gql(
          investor.auth,
          `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { id } }`,
          { i: input },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await mailsTo(world.db, applicant.me.user.email, 'matching.agreement_recorded')).toHaveLength(1);
    expect(
      await mailsTo(world.db, investor.partner.memberEmails[0] as string, 'matching.agreement_recorded'),
    ).toHaveLength(1);
    expect(
      await mailsTo(world.db, park.partner.memberEmails[0] as string, 'matching.agreement_recorded'),
    ).toHaveLength(0);
    await must(
      gql(org, `mutation($id: ID!) { moveDeal(id: $id, input: { to: SIGNED }) { id } }`, { id: dealId }),
    );
    expect(
      codeOf(
        await gql(org, `mutation($id: ID!) { moveDeal(id: $id, input: { to: LANDED }) { id } }`, {
          id: dealId,
        }),
      ),
    ).toBe('VALIDATION');
    const { recordRealisation } = await must(
      gql<{ recordRealisation: { realised: { amount: string }; jobsCreated: number } }>(
        org,
        `mutation($id: ID!, $p: ID) { recordRealisation(id: $id, input: { realised: { amount: "50000000", currency: "CNY" }, registeredEntity: "SixCan Battery (Suzhou) Co., Ltd.", landingPartnerId: $p, jobsCreated: 40 }) { ${AGREEMENT} } }`,
        { id: recordAgreement.id, p: park.partner.id },
      ),
    );
    expect(recordRealisation).toMatchObject({ realised: { amount: '50000000.00' }, jobsCreated: 40 });
    await must(
      gql(org, `mutation($id: ID!) { moveDeal(id: $id, input: { to: LANDED }) { id } }`, { id: dealId }),
    );
    const { ceremonies } = await must(
      gql<{ ceremonies: Page<{ id: string; agreements: { id: string }[] }> }>(
        org,
        `{ ceremonies { edges { node { id mode agreements { id } } } } }`,
      ),
    );
    expect(nodes(ceremonies)).toEqual([
      { id: createCeremony.id, mode: 'CLOUD', agreements: [{ id: recordAgreement.id }] },
    ]);
    const other = await marketplace(world, { partners: 0 });
    expect(
      codeOf(
        await gql(other.org, `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { id } }`, {
          i: input,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (await must(gql<{ agreements: Page<unknown> }>(other.org, `{ agreements { edges { node { id } } } }`)))
        .agreements.edges,
    ).toEqual([]);
  });

  it('names projects, partners, ceremonies and deal stages on agreements, sums ceremonies and all agreements in the FX base, and takes documents only from the organisation’s files', async () => {
    const { org, projectIds, partners } = await marketplace(world, { partners: 2, projects: 2 });
    const [investor, park] = partners as [(typeof partners)[0], (typeof partners)[0]];
    await must(
      recordIntent(world, investor.auth, { partnerId: investor.partner.id, projectId: projectIds[0] }),
    );
    await must(recordIntent(world, park.auth, { partnerId: park.partner.id, projectId: projectIds[1] }));
    const deals = nodes(
      (
        await must(
          gql<{ deals: Page<{ id: string; partnerId: string }> }>(
            org,
            `{ deals { edges { node { id partnerId } } } }`,
          ),
        )
      ).deals,
    );
    const dealOf = (partnerId: string) => deals.find((d) => d.partnerId === partnerId)?.id as string;
    const { createCeremony } = await must(
      gql<{ createCeremony: { id: string } }>(
        org,
        `mutation { createCeremony(input: { title: { zh: "签约仪式", en: "Signing" }, mode: ON_SITE, heldAt: "2027-05-01T02:00:00Z", timeZone: "Asia/Shanghai" }) { id } }`,
      ),
    );
    const record = (input: Record<string, unknown>) =>
      gql<{ recordAgreement: { id: string } }>(
        org,
        `mutation($i: RecordAgreementInput!) { recordAgreement(input: $i) { id } }`,
        { i: { kind: 'INVESTMENT', parties: ['A', 'B'], signedAt: '2027-05-01T02:30:00Z', ...input } },
      );
    const other = await marketplace(world, { partners: 0 });
    const foreign = await uploadFile(world, other.org);
    const refused = await record({
      dealId: dealOf(investor.partner.id),
      committed: { amount: '1000', currency: 'CNY' },
      documentFileIds: [await uploadFile(world, org), foreign, randomUUID()],
    });
    expect(codeOf(refused)).toBe('VALIDATION');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'FILE_NOT_FOUND',
      fields: [{ field: 'input.documentFileIds.1' }, { field: 'input.documentFileIds.2' }],
    });
    await must(
      record({
        dealId: dealOf(investor.partner.id),
        ceremonyId: createCeremony.id,
        committed: { amount: '150000000', currency: 'CNY' },
        documentFileIds: [await uploadFile(world, org)],
      }),
    );
    await must(
      record({
        dealId: dealOf(park.partner.id),
        ceremonyId: createCeremony.id,
        committed: { amount: '2000000', currency: 'EUR' },
      }),
    );
    const summaryQuery = `{ agreementsSummary { count committed { amount currency } realised { amount currency } missingRates landed } }`;
    const ceremonyQuery = `query($id: ID!) { ceremony(id: $id) { id agreementCount committed { amount currency } missingRates agreements { id partnerName { en } } } }`;
    expect((await must(gql<{ agreementsSummary: unknown }>(org, summaryQuery))).agreementsSummary).toEqual({
      count: 2,
      committed: null,
      realised: null,
      missingRates: [],
      landed: 0,
    });
    await must(
      gql(org, `mutation { setFxRate(input: { base: "CNY", currency: "USD", rate: "0.1378" }) { base } }`),
    );
    expect((await must(gql<{ agreementsSummary: unknown }>(org, summaryQuery))).agreementsSummary).toEqual({
      count: 2,
      committed: { amount: '150000000.00', currency: 'CNY' },
      realised: { amount: '0.00', currency: 'CNY' },
      missingRates: ['EUR'],
      landed: 0,
    });
    await must(
      gql(org, `mutation { setFxRate(input: { base: "CNY", currency: "EUR", rate: "0.125" }) { base } }`),
    );
    const { ceremony } = await must(
      gql<{
        ceremony: {
          agreementCount: number;
          committed: unknown;
          missingRates: string[];
          agreements: unknown[];
        };
      }>(org, ceremonyQuery, { id: createCeremony.id }),
    );
    expect(ceremony).toMatchObject({
      agreementCount: 2,
      committed: { amount: '166000000.00', currency: 'CNY' },
      missingRates: [],
    });
    expect(ceremony.agreements).toHaveLength(2);
    const { agreements } = await must(
      gql<{
        agreements: Page<{
          partnerName: { en: string };
          projectTitle: { zh: string };
          ceremonyTitle: { en: string } | null;
          dealStage: string;
        }>;
      }>(
        org,
        `query($c: ID) { agreements(ceremonyId: $c, first: 1) { totalCount pageInfo { hasNextPage } edges { node { partnerName { en } projectTitle { zh } ceremonyTitle { en } dealStage } } } }`,
        { c: createCeremony.id },
      ),
    );
    expect(agreements.totalCount).toBe(2);
    expect(agreements.pageInfo.hasNextPage).toBe(true);
    expect(nodes(agreements)[0]).toMatchObject({ ceremonyTitle: { en: 'Signing' }, dealStage: 'INTENT' });
    expect(nodes(agreements)[0]?.projectTitle.zh).toMatch(/^项目 /);
    const { ceremonies } = await must(
      gql<{ ceremonies: Page<{ id: string; agreementCount: number }> }>(
        org,
        `{ ceremonies { totalCount edges { node { id agreementCount } } } }`,
      ),
    );
    expect(nodes(ceremonies)).toEqual([{ id: createCeremony.id, agreementCount: 2 }]);
    for (const [who, id] of [
      [other.org, createCeremony.id],
      [org, randomUUID()],
    ] as const) {
      const missing = await gql(who, ceremonyQuery, { id });
      expect(codeOf(missing)).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toBe('Signing ceremony not found');
    }
    expect(codeOf(await gql(investor.auth, ceremonyQuery, { id: createCeremony.id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(investor.auth, summaryQuery))).toBe('FORBIDDEN');
    expect(
      (await must(gql<{ agreementsSummary: { count: number } }>(other.org, summaryQuery))).agreementsSummary
        .count,
    ).toBe(0);
  });
});
