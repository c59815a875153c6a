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
});
