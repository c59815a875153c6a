import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newAccount, type Account } from './account';
import { graphql } from './api';
import { logIn, screenshot, signUpOrganizer } from './journey';

const DAY = 24 * 60 * 60 * 1000;

interface Setup {
  organizer: Account;
  applicant: Account;
  projectId: string;
  titleEn: string;
  titleZh: string;
}

/**
 * Through the API: an organizer with an open programme; an applicant (working in English) who creates and
 * submits a project, which e-mails them a receipt (their first notification).
 */
async function setUp(): Promise<Setup> {
  const run = Date.now().toString(36);
  const organizer = newAccount('Chen Organizer', `Hangzhou Technology Transfer Centre ${run}`);
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
        title: { zh: '2026 杭州国际技术路演', en: '2026 Hangzhou International Technology Roadshow' },
        sectors: [{ code: 'BIO', nameZh: '生物医药与健康', nameEn: 'Biomedicine and health' }],
        mandatoryCans: ['ATTEND'],
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
  const applicant = newAccount('Sofia Moreau', organizer.organizationName);
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
        organizationId,
        email: applicant.email,
        password: applicant.password,
        displayName: applicant.displayName,
        locale: 'en',
        timeZone: 'Europe/Paris',
      },
    },
  );
  const titleEn = `Point-of-care sepsis test ${run}`;
  const titleZh = `床旁脓毒症快速检测 ${run}`;
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
        title: { zh: titleZh, en: titleEn },
        summary: {
          en: 'A microfluidic cartridge that detects sepsis markers from one drop of blood in 15 minutes.',
          zh: '微流控芯片，一滴血 15 分钟检出脓毒症标志物。',
        },
        sectorCode: 'BIO',
        country: 'FR',
        organizationName: 'Institut Pasteur',
        trl: 5,
        ipStatus: 'PATENT_GRANTED',
        cooperationModes: ['LICENSING'],
        fundingAsk: { amount: '8000000', currency: 'CNY' },
        contactName: applicant.displayName,
        contactEmail: 'sofia.moreau@pasteur.example',
        presenterTimeZone: 'Europe/Paris',
        selfAssessment: [{ can: 'ATTEND', claim: 'The lead presents online', evidence: 'Confirmed' }],
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
  return { organizer, applicant, projectId: createProject.id, titleEn, titleZh };
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers 200 and keeps what it got. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/sixcan/webhooks`, received };
}

/** The receiver's check: HMAC-SHA256 of "<t>.<raw body>" with the secret, as the webhooks page explains. */
function signatureHolds(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=')));
  const expected = createHmac('sha256', secret)
    .update(`${String(parts.t)}.${body}`)
    .digest('hex');
  const given = String(parts.v1 ?? '');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 },
  });
  return context.newPage();
}

async function switchLanguage(page: Page, label: 'English' | '中文', lang: 'en' | 'zh-CN') {
  await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Opens the bell's dropdown (a click that lands during the header's first render is retried). */
async function openBell(page: Page) {
  const panel = page.getByTestId('notification-panel');
  await expect(async () => {
    if (!(await panel.isVisible())) await page.getByTestId('notification-bell').click();
    await expect(panel).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  return panel;
}

/** The built web app that `vite preview` serves (tools/e2e.mjs builds it first). */
const WEB_DIST = join(__dirname, '..', '..', '..', 'dist', 'apps', 'web');

/**
 * P9: the JavaScript a signed-in user's first screen loads (a fresh tab on the overview, the bell included):
 * the scripts, and their size gzipped as a server would send them. (The journeys' build runs with
 * NODE_ENV=test, so React is its development build here: the figure is larger than in production.)
 */
async function firstScreenJavaScript(page: Page): Promise<{ bytes: number; scripts: string[] }> {
  const home = await page.context().newPage();
  const scripts = new Set<string>();
  home.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) scripts.add(pathname);
  });
  await home.goto('/');
  await expect(home.getByTestId('user-menu')).toBeVisible();
  await expect(home.getByTestId('notification-bell')).toBeVisible();
  await home.waitForLoadState('networkidle');
  await home.close();
  let bytes = 0;
  for (const script of scripts) bytes += gzipSync(readFileSync(join(WEB_DIST, script))).length;
  return { bytes, scripts: [...scripts] };
}

let setup: Setup;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  setup = await setUp();
});

test('the applicant hears of the organizer’s withdrawal at once: bell, dropdown, centre, e-mail preferences', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const applicant = await newPage(browser, baseURL);
  try {
    // The applicant is signed in: the receipt of the submission is unread.
    await logIn(applicant, setup.applicant, 'English');
    const badge = applicant.getByTestId('notification-badge');
    await expect(badge).toContainText('1');
    await expect(applicant.getByTestId('notification-bell')).toHaveAttribute(
      'aria-label',
      'Notifications, 1 unread',
    );

    // The organizer withdraws the project on the applicant's behalf, which e-mails the applicant.
    await logIn(page, setup.organizer, 'English');
    await page.goto(`/projects/${setup.projectId}`);
    await expect(page.getByRole('heading', { name: setup.titleEn })).toBeVisible();
    await page.getByRole('button', { name: 'Withdraw' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this project?' });
    await dialog.getByLabel('Reason (optional)').fill('The team cannot travel this year.');
    await dialog.getByRole('button', { name: 'Withdraw project' }).click();
    await expect(page.getByTestId('project-banner')).toContainText('withdrawn');

    // The applicant's badge rises without a reload (pushed over the subscription).
    await expect(badge).toContainText('2');
    const panel = await openBell(applicant);
    const items = panel.getByTestId('notification-item');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText(`Withdrawn: ${setup.titleEn}`);
    await expect(items.nth(1)).toContainText(`Received: ${setup.titleEn}`);
    await expect(panel.locator('[data-unread="true"]')).toHaveCount(2);
    await applicant.waitForTimeout(300); // the popover's opening animation
    await screenshot(applicant, 'notifications-dropdown-en');

    // Opening one marks it read and follows its link.
    await items.first().click();
    await expect(applicant).toHaveURL(new RegExp(`/projects/${setup.projectId}$`));
    await expect(badge).toContainText('1');

    // In Chinese the notifications read in Chinese; "mark all read" clears the badge.
    await switchLanguage(applicant, '中文', 'zh-CN');
    const panelZh = await openBell(applicant);
    await expect(panelZh.getByTestId('notification-item').first()).toContainText(
      `项目已撤回：${setup.titleZh}`,
    );
    await expect(panelZh.locator('[data-unread="true"]')).toHaveCount(1);
    await applicant.waitForTimeout(300);
    await screenshot(applicant, 'notifications-dropdown-zh');
    await panelZh.getByRole('button', { name: '全部标为已读' }).click();
    await expect(applicant.getByTestId('notification-count')).toHaveCount(0);
    await expect(panelZh.locator('[data-unread="true"]')).toHaveCount(0);

    // The centre: both read; nothing unread.
    await panelZh.getByRole('link', { name: '查看全部消息' }).click();
    await expect(applicant).toHaveURL(/\/notifications$/);
    await expect(applicant.getByRole('heading', { name: '消息', exact: true })).toBeVisible();
    await expect(applicant.getByTestId('notification-row')).toHaveCount(2);
    await expect(applicant.getByTestId('notification-unread-count')).toHaveText('0 条未读');
    await applicant.getByTestId('notification-filter').getByText('未读').click();
    await expect(applicant.getByText('没有未读消息。')).toBeVisible();

    // E-mail preferences: project submissions off; account and security stays on and cannot change.
    await switchLanguage(applicant, 'English', 'en');
    await applicant.getByRole('button', { name: 'E-mail preferences' }).click();
    await expect(applicant).toHaveURL(/\/profile#email-preferences$/);
    const preferences = applicant.getByTestId('email-preferences');
    const intake = preferences.getByTestId('email-preference-INTAKE');
    await expect(intake).toBeChecked();
    await intake.click();
    await expect(preferences.getByRole('status')).toHaveText('Saved: Project submissions e-mails are off.');
    await expect(intake).not.toBeChecked();
    const security = preferences.getByTestId('email-preference-SECURITY');
    await expect(security).toBeChecked();
    await expect(security).toBeDisabled();
    await expect(preferences.getByTestId('email-preference-locked')).toContainText(
      'account and security e-mails cannot be turned off',
    );
    // It is stored: after a reload the switch is still off.
    await applicant.reload();
    await expect(applicant.getByTestId('email-preference-INTAKE')).not.toBeChecked();
    await applicant.waitForTimeout(800); // the page scrolls smoothly to the preferences
    await screenshot(applicant, 'email-preferences-en');
  } finally {
    await applicant.context().close();
  }
});

test('the organizer filters the audit trail by a family, exports it, and reads the project’s history', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await logIn(page, setup.organizer, 'English');
  // P9: the bell's dropdown (popover, list, strings) is not part of the first screen; it loads on first use.
  const firstScreen = await firstScreenJavaScript(page);
  console.log(`first screen after login (organizer): ${(firstScreen.bytes / 1024).toFixed(1)} KB gzipped JS`);
  expect(
    firstScreen.scripts.filter((script) => /BellDropdown|LatestPanel|NotificationsPage/.test(script)),
  ).toEqual([]);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  const table = page.getByTestId('audit-table');
  // Everything so far, newest first: the withdrawal, the submission, sign-ins, the programme…
  await expect(table.getByText('Project withdrawn', { exact: true })).toBeVisible();
  await expect(table.getByText('Signed in', { exact: true }).first()).toBeVisible();

  // Only the projects' family.
  await page.getByTestId('audit-filter-action').click();
  await page.keyboard.type('Projects');
  // antd lists its options twice (a hidden list for screen readers): click the visible one.
  await page.locator('.ant-select-item-option[title="Projects (all)"]').click();
  await expect(page).toHaveURL(/[?&]action=project\./);
  await expect(table.getByText('Signed in', { exact: true })).toHaveCount(0);
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3); // created, submitted, withdrawn
  await expect(rows.first()).toContainText('Project withdrawn');
  await expect(rows.first()).toContainText(setup.organizer.displayName);
  await expect(rows.nth(1)).toContainText('Project submitted');
  await expect(rows.nth(1)).toContainText(setup.applicant.displayName);
  await expect(page.getByTestId('audit-count')).toHaveText('3 of 3 events');

  // The withdrawal's details, readable: from, to and the note.
  await rows.first().click();
  const details = page.getByTestId('audit-details');
  await expect(details.getByText('From', { exact: true })).toBeVisible();
  // Statuses by their names (the code on hover).
  await expect(details.getByText('Submitted', { exact: true })).toHaveAttribute('title', 'SUBMITTED');
  await expect(details.getByText('Withdrawn', { exact: true })).toHaveAttribute('title', 'WITHDRAWN');
  await expect(rows.first()).toContainText('From: Submitted');
  await expect(details.getByText('The team cannot travel this year.')).toBeVisible();
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', `/projects/${setup.projectId}`);
  await screenshot(page, 'audit-en');

  // Export the selection: a CSV with a BOM, the header, and just these rows.
  const exportButton = page.getByTestId('audit-export');
  await expect(exportButton).toHaveText('Export CSV (3 rows)');
  const download = page.waitForEvent('download');
  await exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('time_utc,actor_user_id,actor_name,action,object_type,object_id,summary');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain('project.created');
  expect(lines[3]).toContain('project.withdrawn');
  await expect(page.getByTestId('audit-export-outcome')).toContainText('Exported 3 events');

  // The same page in Chinese.
  await switchLanguage(page, '中文', 'zh-CN');
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await expect(rows.first()).toContainText('撤回项目');
  await expect(details.getByText('已提交', { exact: true })).toBeVisible();
  await expect(details.getByText('已撤回', { exact: true })).toBeVisible();
  await expect(page.getByTestId('audit-export')).toHaveText('导出 CSV（3 行）');
  await screenshot(page, 'audit-zh');

  // Only the system's events: none of these projects' events had no actor.
  await page.getByTestId('audit-filter-actor').click();
  await page.locator('.ant-select-item-option[title="系统（后台任务、导入、到期）"]').click();
  await expect(page).toHaveURL(/[?&]actor=system/);
  await expect(page.getByTestId('audit-count')).toHaveText('已显示 0 / 0 条');
  await expect(rows).toHaveCount(0);
  await page.getByTestId('audit-filter-actor').click();
  await page.locator('.ant-select-item-option[title="任何用户（非系统）"]').click();
  await expect(page).toHaveURL(/[?&]actor=people/);
  await expect(rows).toHaveCount(3);

  // The project's History tab: its trail as a timeline, with its own export.
  await switchLanguage(page, 'English', 'en');
  await page.goto(`/projects/${setup.projectId}`);
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page).toHaveURL(/\?tab=history$/);
  const history = page.getByTestId('project-history');
  const items = history.getByTestId('project-history-item');
  await expect(items.first()).toContainText('Project withdrawn');
  await expect(history.getByText('Project submitted', { exact: true })).toBeVisible();
  await expect(history.getByText('Project created', { exact: true })).toBeVisible();
  const historyDownload = page.waitForEvent('download');
  await history.getByTestId('project-history-export').click();
  const historyFile = await historyDownload;
  expect(historyFile.suggestedFilename()).toMatch(new RegExp(`^project-history-${setup.projectId}-`));
  const historyCsv = readFileSync(await historyFile.path()).toString('utf8');
  expect(historyCsv.startsWith('\uFEFFtime_utc,actor_user_id,')).toBe(true);
  expect(historyCsv).toContain('project.withdrawn');
  await screenshot(page, 'project-history-en');
});

test('the organizer adds a webhook endpoint, keeps its secret, and sees the signed test delivered', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const receiver = await startReceiver();
  try {
    await logIn(page, setup.organizer, 'English');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/);
    await expect(page.getByText('No endpoints yet. Add one to start receiving events.')).toBeVisible();

    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    // New endpoints start enabled unless switched off here.
    await expect(dialog.getByTestId('endpoint-enabled')).toBeChecked();
    // Plain http to the internet is refused here already.
    const url = dialog.getByLabel('Endpoint URL');
    await url.fill('http://crm.example.com/hooks');
    await dialog.getByRole('button', { name: 'Create endpoint' }).click();
    await expect(
      dialog.getByText('Use https:// (http:// only for 127.0.0.1 or localhost while testing).'),
    ).toBeVisible();
    await expect(dialog.getByText('Choose at least one event type.')).toBeVisible();
    await url.fill(receiver.url);
    await dialog.getByLabel('Description').fill('CRM sync of bids and deals');
    await dialog.getByRole('checkbox', { name: /^Bid placed bid\.placed/ }).check();
    await dialog.getByRole('checkbox', { name: /^Deal moved deal\.moved/ }).check();
    await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await dialog.getByRole('button', { name: 'Create endpoint' }).click();

    // The secret, once.
    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    await expect(secretDialog.getByText('It is shown only this once')).toBeVisible();
    const secret = await secretDialog.getByTestId('webhook-secret').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    await secretDialog.getByRole('button', { name: 'I have stored the secret' }).click();
    await expect(secretDialog).toBeHidden();
    await expect(page.locator(`input[value="${secret}"]`)).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);

    const row = page.getByTestId('webhook-endpoints').locator('tbody tr.ant-table-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(receiver.url);
    await expect(row).toContainText('Bid placed');
    await expect(row).toContainText('Deal moved');
    await expect(row).toContainText(`Secret ends …${secret.slice(-4)}`);
    await expect(row).toContainText('Nothing sent yet');

    // A test event: delivered, signed with that secret, logged with its status and duration.
    await row.getByRole('button', { name: 'Send test' }).click();
    await expect(page.getByTestId('webhook-outcome')).toContainText('A test event is on its way');
    const log = page.getByTestId('delivery-log');
    const delivery = log.locator('tbody tr.ant-table-row').first();
    await expect(delivery.getByTestId('delivery-status')).toHaveText('Delivered', { timeout: 30_000 });
    await expect(delivery).toContainText('Test event');
    await expect(delivery).toContainText('webhook.test');
    await expect(delivery).toContainText('200');
    await expect(delivery).toContainText(/\d+ ms/);
    await expect(row.getByTestId('last-delivery')).toContainText('Delivered');
    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    expect(hit?.headers['x-sixcan-event']).toBe('webhook.test');
    expect(signatureHoldsFor(secret, hit)).toBe(true);
    // The attempt, opened from the log.
    await delivery.click();
    await expect(log.getByText('Series 1, attempt 1')).toBeVisible();
    await screenshot(page, 'webhooks-en');

    // Rotating (after a confirmation) shows a new secret, once.
    await row.getByTestId('endpoint-more').click();
    await page.getByRole('menuitem', { name: 'Rotate secret' }).click();
    const confirm = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await confirm.getByRole('button', { name: 'Rotate' }).click();
    const rotated = page.getByRole('dialog', { name: 'Signing secret' });
    const newSecret = await rotated.getByTestId('webhook-secret').inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await rotated.getByRole('button', { name: 'I have stored the secret' }).click();
    await expect(rotated).toBeHidden();
    await expect(row).toContainText(`Secret ends …${newSecret.slice(-4)}`);

    // A second endpoint, registered disabled: listed switched off, nothing can be sent to it yet.
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const second = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await second.getByLabel('Endpoint URL').fill(`${receiver.url}/later`);
    await second.getByRole('checkbox', { name: /^Agreement recorded agreement\.recorded/ }).check();
    await second.getByTestId('endpoint-enabled').click();
    await expect(second.getByTestId('endpoint-enabled')).not.toBeChecked();
    await second.getByRole('button', { name: 'Create endpoint' }).click();
    const laterSecret = page.getByRole('dialog', { name: 'Signing secret' });
    await laterSecret.getByRole('button', { name: 'I have stored the secret' }).click();
    await expect(laterSecret).toBeHidden();
    const rows = page.getByTestId('webhook-endpoints').locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(2);
    const later = rows.filter({ hasText: `${receiver.url}/later` });
    await expect(later.getByRole('switch', { name: 'Enabled' })).not.toBeChecked();
    await expect(later.getByRole('button', { name: 'Send test' })).toBeDisabled();
    await expect(later).toContainText('Nothing sent yet');
    const first = rows.filter({ hasText: `${receiver.url}` }).filter({ hasNotText: '/later' });
    await expect(first.getByTestId('last-delivery')).toContainText('Delivered');
    await expect(first.getByTestId('last-delivery')).toContainText('Test event');
    // Back to the first endpoint's log.
    await first.getByTestId('endpoint-url').click();
    await expect(delivery.getByTestId('delivery-status')).toHaveText('Delivered');

    // In Chinese.
    await switchLanguage(page, '中文', 'zh-CN');
    await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible();
    await expect(delivery.getByTestId('delivery-status')).toHaveText('已送达');
    await screenshot(page, 'webhooks-zh');
  } finally {
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});

function signatureHoldsFor(secret: string, hit: Received | undefined): boolean {
  const header = hit?.headers['x-sixcan-signature'];
  return typeof header === 'string' && !!hit && signatureHolds(secret, header, hit.body);
}
