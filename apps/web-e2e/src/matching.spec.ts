import { expect, test } from '@playwright/test';
import { newAccount, type Account } from './account';
import { graphql } from './api';
import { acceptInvitation, logIn, screenshot, signUpOrganizer } from './journey';

const DAY = 24 * 60 * 60 * 1000;

interface Setup {
  organizer: Account;
  applicant: Account;
  parkA: Account;
  parkB: Account;
  projectId: string;
  projectTitle: string;
}

/** A park partner with one member, who accepts the e-mailed invitation as a new account. */
async function park(token: string, account: Account, name: { zh: string; en: string }, space: number) {
  await graphql(
    `
      mutation ($input: PartnerInput!) {
        createPartner(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        kind: 'PARK',
        name,
        country: 'CN',
        locale: 'en',
        memberEmails: [account.email],
        interests: {
          sectors: ['NEM'],
          trlMin: 5,
          trlMax: 9,
          cooperationModes: ['JOINT_VENTURE', 'LOCAL_INCORPORATION'],
          regions: ['EU'],
          ticketMin: { amount: '1000000', currency: 'CNY' },
          ticketMax: { amount: '50000000', currency: 'CNY' },
        },
        park: {
          availableSpaceM2: space,
          chainFocus: ['NEM', 'battery'],
          incentives: ['Rent-free first year'],
        },
      },
    },
    token,
  );
  return acceptInvitation(account, 'Asia/Shanghai');
}

/**
 * Through the API: an organizer with an open programme and an FX table (base CNY; 1 CNY buys 0.125 EUR); an applicant's
 * submitted project, published to partners; two parks with one member each; park B's bid, in euros.
 */
async function setUp(): Promise<Setup> {
  const organizer = newAccount('Li Organizer', `Suzhou Industrial Park Bureau ${Date.now().toString(36)}`);
  const { token, organizationId } = await signUpOrganizer(organizer);
  const { createProgramme } = await graphql<{ createProgramme: { id: string } }>(
    `
      mutation ($input: ProgrammeInput!) {
        createProgramme(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        title: { zh: '2026 苏州国际技术路演', en: '2026 Suzhou International Technology Roadshow' },
        sectors: [{ code: 'NEM', nameZh: '新能源与新材料', nameEn: 'New energy and materials' }],
        mandatoryCans: ['ATTEND', 'LAND'],
        rubric: [{ code: 'NOVELTY', nameZh: '技术先进性', nameEn: 'Technical novelty', weight: 1 }],
        rubricScale: 10,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        timeZone: 'Asia/Shanghai',
      },
    },
    token,
  );
  await graphql(
    `
      mutation ($id: ID!) {
        openProgramme(id: $id) {
          id
        }
      }
    `,
    { id: createProgramme.id },
    token,
  );
  await graphql(
    `
      mutation ($input: FxRateInput!) {
        setFxRate(input: $input) {
          base
        }
      }
    `,
    { input: { base: 'CNY', currency: 'EUR', rate: '0.125' } },
    token,
  );

  const applicant = newAccount('Anna Schmidt', organizer.organizationName);
  const { signUpApplicant } = await graphql<{ signUpApplicant: { accessToken: string } }>(
    `
      mutation ($input: ApplicantSignUpInput!) {
        signUpApplicant(input: $input) {
          accessToken
        }
      }
    `,
    {
      input: {
        organizationId: organizationId,
        email: applicant.email,
        password: applicant.password,
        displayName: applicant.displayName,
        locale: 'zh-CN',
        timeZone: 'Europe/Berlin',
      },
    },
  );
  const projectTitle = `Fast-charging solid-state battery ${Date.now().toString(36)}`;
  const { createProject } = await graphql<{ createProject: { id: string } }>(
    `
      mutation ($programmeId: ID!, $input: ProjectInput!) {
        createProject(programmeId: $programmeId, input: $input) {
          id
        }
      }
    `,
    {
      programmeId: createProgramme.id,
      input: {
        title: { zh: '固态锂电池快速充电技术', en: projectTitle },
        summary: {
          en: 'A sulfide electrolyte that charges to 80% in 12 minutes.',
          zh: '硫化物电解质，12 分钟充电至 80%。',
        },
        sectorCode: 'NEM',
        country: 'DE',
        organizationName: 'Technische Universität München',
        trl: 6,
        ipStatus: 'PATENT_GRANTED',
        cooperationModes: ['LICENSING', 'JOINT_VENTURE'],
        fundingAsk: { amount: '15000000', currency: 'CNY' },
        contactName: 'Anna Schmidt',
        contactEmail: 'anna.schmidt@tum.example',
        presenterTimeZone: 'Europe/Berlin',
        selfAssessment: [
          { can: 'ATTEND', claim: 'The lead presents online', evidence: 'Confirmed' },
          { can: 'LAND', claim: 'Pilot line in Hangzhou' },
        ],
      },
    },
    signUpApplicant.accessToken,
  );
  const projectId = createProject.id;
  await graphql(
    `
      mutation ($id: ID!) {
        submitProject(id: $id) {
          id
        }
      }
    `,
    { id: projectId },
    signUpApplicant.accessToken,
  );
  await graphql(
    `
      mutation ($id: ID!) {
        publishProject(projectId: $id) {
          id
        }
      }
    `,
    { id: projectId },
    token,
  );

  const parkA = newAccount('Wang Park', organizer.organizationName);
  const parkB = newAccount('Zhao Park', organizer.organizationName);
  await park(token, parkA, { zh: '苏州工业园区', en: 'Suzhou Industrial Park' }, 5000);
  const parkBToken = await park(token, parkB, { zh: '昆山高新区', en: 'Kunshan Hi-tech Zone' }, 3000);
  const { partners } = await graphql<{ partners: { edges: { node: { id: string } }[] } }>(
    `
      query {
        partners(first: 5) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    {},
    parkBToken,
  );
  await graphql(
    `
      mutation ($input: PlaceBidInput!) {
        placeBid(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        partnerId: partners.edges[0]?.node.id,
        projectId,
        investment: { amount: '1000000', currency: 'EUR' },
        equityPercent: 8,
        spaceM2: 2000,
        rentFreeMonths: 6,
        subsidy: { amount: '130000', currency: 'EUR' },
        otherTerms: 'Talent apartments for the founding team.',
        validUntil: new Date(Date.now() + 30 * DAY).toISOString(),
      },
    },
    parkBToken,
  );
  return { organizer, applicant, parkA, parkB, projectId, projectTitle };
}

let setup: Setup;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  setup = await setUp();
});

test('a park finds the project among its recommendations and places a sealed bid', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, setup.parkA, 'English');
  await page.getByRole('navigation').getByRole('link', { name: 'Partner home' }).click();
  const recommendation = page.getByTestId('recommendation').filter({ hasText: setup.projectTitle });
  await expect(recommendation).toBeVisible();
  await expect(recommendation.getByTestId('reason-SECTOR')).toContainText('Sector · matches');
  await expect(recommendation.getByTestId('reason-SPACE')).toBeVisible();
  await screenshot(page, 'partner-home-en');

  await recommendation.getByRole('link', { name: setup.projectTitle }).click();
  await expect(page.getByRole('heading', { name: setup.projectTitle })).toBeVisible();
  const interest = page.getByTestId('interest-card');
  await interest.getByRole('button', { name: 'Save' }).click();
  await expect(interest.getByRole('button', { name: 'Saved' })).toBeVisible();

  const bidCard = page.getByTestId('bid-card');
  await bidCard.getByRole('button', { name: 'Place a bid' }).click();
  const dialog = page.getByRole('dialog');
  // Nothing offered: refused with a clear message, nothing lost.
  await dialog.getByRole('button', { name: 'Place a bid' }).click();
  await expect(dialog.getByTestId('problem')).toContainText(
    'Offer at least an investment, space or a subsidy.',
  );
  await dialog.getByLabel('Investment', { exact: true }).fill('12000000');
  await dialog.getByLabel('Equity %').fill('10');
  await dialog.getByLabel('Space (m²)').fill('1500');
  await dialog.getByLabel('Rent-free months').fill('12');
  await dialog.getByLabel('Subsidy', { exact: true }).fill('2000000');
  await dialog.getByLabel('Other terms').fill('A pilot line in our battery cluster.');
  await dialog.getByRole('button', { name: 'Place a bid' }).click();
  await expect(dialog).toBeHidden();
  await expect(bidCard.getByText('Bid submitted.')).toBeVisible();
  await expect(bidCard.locator('.ant-tag', { hasText: 'Submitted' })).toBeVisible();
  await expect(bidCard).toContainText('CNY 12,000,000.00');
  await screenshot(page, 'market-project-en');
});

test('the applicant compares both bids side by side and accepts one', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, setup.applicant, '中文');
  await page.goto(`/projects/${setup.projectId}`);
  const comparison = page.getByTestId('bid-comparison');
  const bids = comparison.getByRole('columnheader').filter({ hasText: '第 1 版' });
  await expect(bids).toHaveCount(2);
  // Park B's euros converted: 1,000,000 EUR at 0.125 EUR per CNY → 8,000,000 CNY; park A offers more.
  const investment = comparison.locator('tr[data-row-key="investment"]');
  await expect(investment).toContainText('8,000,000.00');
  await expect(investment.getByTestId('best-INVESTMENT')).toContainText('12,000,000.00');
  await expect(comparison.locator('tr[data-row-key="space"]').getByTestId('best-SPACE')).toContainText(
    '2000',
  );
  await screenshot(page, 'bid-comparison-zh');

  const parkA = (await bids.allInnerTexts()).findIndex((name) => name.includes('苏州工业园区'));
  const parkB = 1 - parkA;
  const status = comparison.locator('tr[data-row-key="status"] td');
  await status
    .nth(parkA + 1)
    .getByRole('button', { name: /接\s?受/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('给合作方的留言（可选）').fill('感谢，期待合作。');
  await dialog.getByRole('button', { name: /^接\s?受$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(comparison.getByText('答复已发送。')).toBeVisible();
  await expect(status.nth(parkA + 1)).toContainText('已接受');
  await expect(status.nth(parkA + 1)).toContainText('感谢，期待合作。');
  await expect(status.nth(parkB + 1).getByRole('button', { name: /婉\s?拒/ })).toBeVisible();
});

test('the organizer drags the deal to Signed, recording the agreement', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, setup.organizer, 'English');
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  await page.getByLabel('Search project or partner').fill(setup.projectTitle);
  await page.getByLabel('Search project or partner').press('Enter');
  const intents = page.getByTestId('column-INTENT');
  const card = intents.getByTestId('deal-card').filter({ hasText: 'Suzhou Industrial Park' });
  await expect(card).toBeVisible();
  await expect(intents.getByTestId('deal-card')).toHaveCount(2);
  await expect(page.getByTestId('column-INTENT').locator('.ant-badge')).toContainText('2');

  // Dragged to the next column (picked up by its last-activity line: the title is a link)…
  await card.dragTo(page.getByTestId('column-CONTACTED'), { sourcePosition: { x: 16, y: 70 } });
  await expect(page.getByTestId('move-notice')).toContainText('Moved to Contacted.');
  const contacted = page
    .getByTestId('column-CONTACTED')
    .getByTestId('deal-card')
    .filter({ hasText: 'Suzhou Industrial Park' });
  await expect(contacted).toBeVisible();
  // …then, from the card's menu, straight to Signed, which asks for the agreement.
  await contacted.getByRole('button', { name: 'Move to…' }).click();
  await page.locator('.ant-dropdown:visible .ant-dropdown-menu-item', { hasText: /^Signed$/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Move to Signed');
  await expect(dialog).toContainText('Signing records the agreement');
  // The committed amount is required.
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await dialog.getByLabel('Committed amount').fill('14000000');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('move-notice')).toContainText('Moved to Signed.');
  const signed = page.getByTestId('column-SIGNED');
  await expect(signed.getByTestId('deal-card').filter({ hasText: 'Suzhou Industrial Park' })).toBeVisible();
  await signed.scrollIntoViewIfNeeded();
  await screenshot(page, 'pipeline-en');

  // A signed deal cannot go back to contacted.
  await signed
    .getByTestId('deal-card')
    .filter({ hasText: 'Suzhou Industrial Park' })
    .getByRole('link', { name: setup.projectTitle })
    .click();
  await expect(page.getByTestId('deal-activity')).toBeVisible();
  await page.getByLabel('What happened').fill('Signed at the cloud ceremony.');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await expect(page.getByText('Logged.')).toBeVisible();
  await expect(page.getByTestId('deal-activity')).toContainText('Signed at the cloud ceremony.');
  await screenshot(page, 'deal-en');

  await page.getByRole('navigation').getByRole('link', { name: 'Agreements' }).click();
  const table = page.locator('tr.ant-table-row').filter({ hasText: setup.projectTitle });
  await expect(table).toContainText('CNY 14,000,000.00');
  await expect(page.getByTestId('agreements-summary')).toContainText('1');

  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '签约' })).toBeVisible();
  await screenshot(page, 'agreements-zh');
  await page.getByRole('navigation').getByRole('link', { name: '对接看板' }).click();
  await expect(page.getByTestId('column-SIGNED')).toContainText('已签约');
  await page.getByTestId('column-SIGNED').scrollIntoViewIfNeeded();
  await screenshot(page, 'pipeline-zh');
});
