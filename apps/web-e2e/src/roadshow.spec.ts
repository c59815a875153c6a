import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newAccount, type Account } from './account';
import { graphql } from './api';
import { acceptInvitation, logIn, screenshot, signUpOrganizer } from './journey';

const DAY = 24 * 60 * 60 * 1000;

/** Four presenters in four zones; on 14 January 2027 (no daylight-saving change anywhere that week). */
const PRESENTERS = [
  {
    key: 'berlin',
    title: 'Solid-state battery with 12-minute charging',
    zh: '12 分钟快充固态电池',
    country: 'DE',
    organization: 'Technische Universität München',
    zone: 'Europe/Berlin',
  },
  {
    key: 'newYork',
    title: 'Cell therapy manufacturing in closed bioreactors',
    zh: '封闭式生物反应器细胞治疗生产',
    country: 'US',
    organization: 'Columbia University',
    zone: 'America/New_York',
  },
  {
    key: 'tokyo',
    title: 'Collaborative robot arm with force sensing',
    zh: '力感知协作机械臂',
    country: 'JP',
    organization: 'The University of Tokyo',
    zone: 'Asia/Tokyo',
  },
  {
    key: 'sydney',
    title: 'Graphene membrane for seawater desalination',
    zh: '石墨烯海水淡化膜',
    country: 'AU',
    organization: 'UNSW Sydney',
    zone: 'Australia/Sydney',
  },
] as const;
type PresenterKey = (typeof PRESENTERS)[number]['key'];

interface Setup {
  organizer: Account;
  partner: Account;
  commentator: Account;
  programmeId: string;
  titles: Record<PresenterKey, string>;
}

/**
 * Through the API: an organizer with an open programme; an applicant's four projects (presenters in Berlin,
 * New York, Tokyo and Sydney), submitted and published to partners; an investor with one member; a member
 * invited as commentator. Both accept their invitations.
 */
async function setUp(): Promise<Setup> {
  const run = Date.now().toString(36);
  const organizer = newAccount('Li Organizer', `Suzhou Science and Technology Bureau ${run}`);
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
        title: { zh: '2027 苏州国际技术路演', en: '2027 Suzhou International Technology Roadshow' },
        sectors: [
          { code: 'AIM', nameZh: '人工智能与智能制造', nameEn: 'AI and intelligent manufacturing' },
          { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
          { code: 'NEM', nameZh: '新能源与新材料', nameEn: 'New energy and materials' },
        ],
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
  const programmeId = createProgramme.id;
  await graphql(
    `
      mutation ($id: ID!) {
        openProgramme(id: $id) {
          id
        }
      }
    `,
    { id: programmeId },
    token,
  );

  const applicant = newAccount('Project Lead', organizer.organizationName);
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
        locale: 'en',
        timeZone: 'Europe/Berlin',
      },
    },
  );
  const sectors: Record<PresenterKey, string> = {
    berlin: 'NEM',
    newYork: 'BIO',
    tokyo: 'AIM',
    sydney: 'NEM',
  };
  const titles = {} as Record<PresenterKey, string>;
  for (const presenter of PRESENTERS) {
    const title = `${presenter.title} ${run}`;
    titles[presenter.key] = title;
    const { createProject } = await graphql<{ createProject: { id: string } }>(
      `
        mutation ($programmeId: ID!, $input: ProjectInput!) {
          createProject(programmeId: $programmeId, input: $input) {
            id
          }
        }
      `,
      {
        programmeId,
        input: {
          title: { zh: presenter.zh, en: title },
          summary: {
            en: `${presenter.title}: a pilot is running with an industrial partner; the team seeks a partner to produce in Suzhou.`,
            zh: `${presenter.zh}：已与产业伙伴开展中试，寻求在苏州落地生产的合作方。`,
          },
          sectorCode: sectors[presenter.key],
          country: presenter.country,
          organizationName: presenter.organization,
          trl: 6,
          ipStatus: 'PATENT_GRANTED',
          cooperationModes: ['LICENSING', 'JOINT_VENTURE'],
          fundingAsk: { amount: '10000000', currency: 'CNY' },
          contactName: applicant.displayName,
          contactEmail: `lead-${presenter.key}-${run}@example.test`,
          presenterTimeZone: presenter.zone,
          selfAssessment: [
            { can: 'ATTEND', claim: 'The lead presents online', evidence: 'Confirmed' },
            { can: 'LAND', claim: 'A pilot line in Suzhou' },
          ],
        },
      },
      signUpApplicant.accessToken,
    );
    await graphql(
      `
        mutation ($id: ID!) {
          submitProject(id: $id) {
            id
          }
        }
      `,
      { id: createProject.id },
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
      { id: createProject.id },
      token,
    );
  }

  const partner = newAccount('Chen Investor', organizer.organizationName);
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
        kind: 'INVESTOR',
        name: { zh: '苏州创新投资', en: 'Suzhou Innovation Capital' },
        country: 'CN',
        locale: 'en',
        memberEmails: [partner.email],
      },
    },
    token,
  );
  await acceptInvitation(partner, 'Europe/Berlin');

  const commentator = newAccount('Prof. Zhang Commentator', organizer.organizationName);
  await graphql(
    `
      mutation ($input: InviteMemberInput!) {
        inviteMember(input: $input) {
          id
        }
      }
    `,
    { input: { email: commentator.email, roles: ['COMMENTATOR'], locale: 'en' } },
    token,
  );
  await acceptInvitation(commentator, 'Asia/Shanghai');
  return { organizer, partner, commentator, programmeId, titles };
}

/** A second (or third) browser with its own session, in the presenter's or visitor's zone. */
async function newPage(browser: Browser, baseURL: string | undefined, timezoneId: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId,
    viewport: { width: 1280, height: 800 },
  });
  return context.newPage();
}

/** Types a date and time into an antd picker and confirms it. */
async function pick(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

let setup: Setup;
let roadshowId: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  setup = await setUp();
});

test('the organizer creates the roadshow and plans it across the presenters’ time zones', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page, setup.organizer, 'English');
  await page.goto(`/programmes/${setup.programmeId}`);
  await page.getByRole('tab', { name: 'Roadshows & handbook' }).click();
  await page.getByRole('button', { name: 'New roadshow' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title (Chinese)').fill('2027 苏州国际技术路演 · 线上专场');
  await dialog.getByLabel('Title (English)').fill('2027 Suzhou Technology Roadshow · Online session');
  await dialog.getByLabel('Stream link (optional)').fill('http://live.example.org/suzhou');
  await pick(page, 'Broadcast starts', '2027-01-14 20:00');
  await pick(page, 'Broadcast ends', '2027-01-14 22:00');
  await dialog.getByLabel('Slot length (minutes)').fill('20');
  await dialog.getByLabel('Break after every … slots').fill('2');
  await dialog.getByLabel('Break length (minutes)').fill('10');
  // A stream link that is not https is refused with a clear message; nothing typed is lost.
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('The stream link must be an https:// address.')).toBeVisible();
  await expect(dialog.getByLabel('Title (English)')).toHaveValue(
    '2027 Suzhou Technology Roadshow · Online session',
  );
  await dialog.getByLabel('Stream link (optional)').fill('https://live.example.org/suzhou');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Roadshow created.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: '2027 Suzhou Technology Roadshow · Online session' }),
  ).toBeVisible();
  roadshowId = /\/roadshows\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
  expect(roadshowId).not.toBe('');

  // All four projects of the programme go on the event.
  await page.getByRole('button', { name: 'Add projects' }).click();
  const picker = page.getByRole('dialog');
  for (const title of Object.values(setup.titles)) await expect(picker.getByText(title)).toBeVisible();
  await picker.locator('thead .ant-checkbox-input').check();
  await picker.getByRole('button', { name: 'Add 4' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByText('4 added to the programme.')).toBeVisible();

  // The planner puts Tokyo first (its evening, before 22:00) and New York last (08:10 there).
  const rows = page.getByTestId('slot-row');
  await expect(rows).toHaveCount(4);
  const newYork = rows.filter({ hasText: setup.titles.newYork });
  await expect(newYork.getByTestId('presenter-time')).toContainText('08:10–08:30');
  await expect(newYork.getByTestId('presenter-time')).toContainText('America/New_York · GMT-5');
  await expect(newYork.getByTestId('display-time')).toHaveText('21:10–21:30');
  await expect(rows.first()).toContainText(setup.titles.tokyo);
  await expect(rows.first().getByTestId('presenter-time')).toContainText('21:00–21:20');
  const sydney = rows.filter({ hasText: setup.titles.sydney });
  await expect(sydney.getByTestId('delivery')).toHaveText('Pre-recorded');
  await expect(sydney.getByTestId('slot-delivery')).toContainText('no time in the programme is acceptable');
  await expect(page.getByTestId('break-row')).toContainText('Break · 20:40–20:50');
  const summary = page.getByTestId('plan-summary');
  await expect(summary).toContainText('Live3');
  await expect(summary).toContainText('Pre-recorded1');

  // New York dragged to the top: 07:00 there, so pre-recorded, and the planner says what that costs.
  // Both rows in view, clear of the sticky header, before dragging.
  await page
    .getByTestId('timeline')
    .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120));
  await newYork.dragTo(rows.first(), { sourcePosition: { x: 30, y: 20 }, targetPosition: { x: 30, y: 20 } });
  await expect(page.getByTestId('planner-notice')).toContainText('pitch 1 is now');
  await expect(page.getByTestId('plan-mode')).toHaveText('Manual order');
  await expect(rows.first()).toContainText(setup.titles.newYork);
  await expect(rows.first().getByTestId('presenter-time')).toContainText('07:00–07:20');
  await expect(page.getByTestId('plan-warnings')).toContainText(
    'Your order has 2 live pitches; the optimised order would have 3.',
  );
  // One step down with the arrow, then back to the planner's order.
  await rows.first().getByRole('button', { name: 'Move down' }).click();
  await expect(rows.nth(1)).toContainText(setup.titles.newYork);
  await page.getByRole('button', { name: 'Reset to optimised order' }).click();
  await expect(page.getByTestId('plan-mode')).toHaveText('Optimised order');
  await expect(rows.last()).toContainText(setup.titles.newYork);
  await expect(rows.last().getByTestId('presenter-time')).toContainText('08:10–08:30');

  // The commentator is a member of the organisation.
  const commentators = page.getByTestId('commentators-card');
  await commentators.getByRole('combobox', { name: 'Commentators' }).click();
  await page.locator('.ant-select-item-option', { hasText: setup.commentator.displayName }).click();
  await page.keyboard.press('Escape');
  await commentators.getByRole('button', { name: 'Save commentators' }).click();
  await expect(commentators.getByText('Commentators saved.')).toBeVisible();
  await screenshot(page, 'planner-en');

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: the invitations are on their way.')).toBeVisible();
  await expect(page.getByTestId('roadshow-status').first()).toHaveText('Published');
});

test('live: the organizer puts a pitch on stage, a partner records an intent and the counter moves', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await logIn(page, setup.organizer, 'English');
  await page.goto(`/roadshows/${roadshowId}`);
  await page.getByRole('button', { name: 'Go live' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Go live' }).click();
  await expect(page.getByText('The roadshow is live.')).toBeVisible();
  await page.getByRole('link', { name: 'Live console' }).click();
  await expect(page).toHaveURL(new RegExp(`/roadshows/${roadshowId}/live$`));
  const next = page.getByTestId('stage-next');
  await expect(next).toContainText(setup.titles.tokyo);
  await next.getByRole('button', { name: 'On stage' }).click();
  const current = page.getByTestId('stage-current');
  await expect(current.getByTestId('slot-title')).toContainText(setup.titles.tokyo);
  await expect(current.getByTestId('stage-timer')).toContainText('of 20:00');
  await expect(current.getByTestId('current-intents')).toHaveText('0');

  // The partner follows the invitation's link (the live console for partners) in another browser.
  const partner = await newPage(browser, baseURL, 'Europe/Berlin');
  await logIn(partner, setup.partner, 'English');
  await partner.goto(`/roadshows/${roadshowId}`);
  await expect(partner).toHaveURL(new RegExp(`/roadshows/${roadshowId}/live$`));
  const panel = partner.getByTestId('partner-panel');
  await expect(panel.getByTestId('on-stage-project')).toContainText(setup.titles.tokyo);
  await expect(panel).toContainText('The University of Tokyo');
  await panel.getByRole('button', { name: 'Record intent' }).click();
  await expect(panel.getByTestId('intent-notice')).toHaveText('Intent recorded: Investment, Observing.');
  // Recorded already: the level can be raised instead.
  await panel.getByRole('button', { name: 'Raise to Considering' }).click();
  await expect(panel.getByTestId('intent-notice')).toHaveText('Raised to Considering.');
  await expect(panel.getByTestId('existing-intent')).toContainText('Considering');

  // The organizer's counter moves without a reload (the subscription).
  await expect(current.getByTestId('current-intents')).toHaveText('1');
  await expect(page.getByTestId('total-intents')).toContainText('Intents recorded during the event: 1');
  await expect(partner.getByTestId('live-programme')).toContainText('On stage');
  await screenshot(partner, 'live-partner-en');

  // The commentator critiques the pitch on stage.
  const commentator = await newPage(browser, baseURL, 'Asia/Shanghai');
  await logIn(commentator, setup.commentator, 'English');
  await commentator.goto(`/roadshows/${roadshowId}`);
  await expect(commentator).toHaveURL(new RegExp(`/roadshows/${roadshowId}/live$`));
  const critique = commentator.getByTestId('commentator-panel');
  await critique.getByRole('button', { name: 'Save critique' }).click();
  await expect(critique.getByTestId('problem')).toContainText('Give at least one rating, note or comment.');
  await critique.getByTestId('dimension-LAND').locator('.ant-rate-star').nth(3).click();
  await critique.getByLabel('Note on Can land').fill('A pilot line in Suzhou is realistic within a year.');
  await critique.getByTestId('dimension-INNOVATION').locator('.ant-rate-star').nth(4).click();
  await critique.getByLabel('Overall comment').fill('Strong team; ask about the force-sensor supply chain.');
  await critique.getByRole('button', { name: 'Save critique' }).click();
  await expect(critique.getByText('Critique saved.')).toBeVisible();
  await expect(critique.locator('.ant-list-item')).toContainText('Can land 4/5');
  await expect(critique.locator('.ant-list-item')).toContainText('Strong team');
  await screenshot(commentator, 'live-commentator-en');

  // Organizers read every critique.
  const critiques = page.getByTestId('critiques-card');
  await critiques.getByRole('button', { name: 'Refresh' }).click();
  await expect(critiques).toContainText(setup.commentator.displayName);
  await expect(critiques).toContainText('Strong team');

  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.getByTestId('stage-current')).toContainText('正在路演');
  await screenshot(page, 'live-organizer-zh');
  await partner.context().close();
  await commentator.context().close();
});

test('the public schedule shows the programme in the visitor’s zone, or another one', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const visitor = await newPage(browser, baseURL, 'America/New_York');
  await visitor.goto(`/roadshow/${roadshowId}`);
  await expect(
    visitor.getByRole('heading', { name: '2027 Suzhou Technology Roadshow · Online session' }),
  ).toBeVisible();
  // The visitor's own zone by default: the first pitch at 07:00 in New York; the stream while live.
  await expect(visitor.getByTestId('public-time').first()).toHaveText('07:00–07:20');
  await expect(visitor.getByTestId('zone-select')).toContainText('America/New_York (your time zone)');
  await expect(visitor.getByRole('button', { name: 'Watch the stream' })).toBeVisible();
  await expect(visitor.getByTestId('public-slot')).toHaveCount(4);
  await visitor.getByTestId('zone-select').click();
  await visitor.keyboard.type('Asia/Tokyo');
  await visitor.locator('.ant-select-item-option', { hasText: /^Asia\/Tokyo$/ }).click();
  await expect(visitor.getByTestId('public-time').first()).toHaveText('21:00–21:20');
  await expect(visitor.getByTestId('public-window')).toContainText('Asia/Tokyo');
  await visitor.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(visitor.getByRole('heading', { name: '2027 苏州国际技术路演 · 线上专场' })).toBeVisible();
  await expect(visitor.getByTestId('public-slot').first()).toContainText('路演中');
  await screenshot(visitor, 'public-schedule-zh');
  await visitor.context().close();
});

test('the organizer generates the handbook and downloads the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, setup.organizer, 'English');
  await page.goto(`/programmes/${setup.programmeId}?tab=roadshows`);
  const card = page.getByTestId('handbook-card');
  await card.getByRole('button', { name: 'Generate handbook' }).click();
  const job = card.getByTestId('handbook-job');
  await expect(job.getByTestId('handbook-status')).toHaveText('Ready', { timeout: 60_000 });
  await expect(job).toContainText('4 projects · Chinese and English');
  const download = page.waitForEvent('download');
  await job.getByRole('button', { name: 'Download PDF' }).click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await page.getByTestId('roadshow-list').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('roadshow-list')).toContainText('Live');
  await screenshot(page, 'roadshows-tab-en');

  // Every programme's events under "Roadshows".
  await page.getByRole('navigation').getByRole('link', { name: 'Roadshows' }).click();
  await expect(page.getByRole('heading', { name: 'Roadshows' })).toBeVisible();
  await expect(page.getByTestId('roadshow-list')).toContainText(
    '2027 Suzhou Technology Roadshow · Online session',
  );

  // The planner of the live event, in Chinese: frozen, every code translated.
  await page.getByTestId('roadshow-list').getByRole('link', { name: 'Planner' }).click();
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.getByTestId('plan-mode')).toHaveText('优化顺序');
  await expect(page.getByTestId('slot-row').last()).toContainText('08:10–08:30');
  await screenshot(page, 'planner-zh');
});
