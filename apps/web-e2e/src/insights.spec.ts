import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Account } from './account';
import { graphql } from './api';
import { logIn, screenshot } from './journey';

const root = join(__dirname, '..', '..', '..');
const webDist = join(root, 'dist', 'apps', 'web');

interface DemoMember {
  email: string;
  displayName: string;
  roles: string[];
}

/** The demo organizer of the first demo organisation (tools/demo-accounts.json). */
function demoOrganizer(): Account {
  const demo = JSON.parse(readFileSync(join(root, 'tools', 'demo-accounts.json'), 'utf8')) as {
    password: string;
    organizations: { name: string; members: DemoMember[] }[];
  };
  const [organization] = demo.organizations;
  const member = organization?.members.find((m) => m.roles.includes('ORGANIZER'));
  if (!organization || !member) throw new Error('no demo organizer in tools/demo-accounts.json');
  return {
    email: member.email,
    password: demo.password,
    displayName: member.displayName,
    organizationName: organization.name,
  };
}

interface Setup {
  organizer: Account;
  token: string;
  programmeId: string;
}

let setup: Setup;

/**
 * The demo data set (npm run demo's seed: 2,400 projects from 30+ countries through 40 channels, screening,
 * partners with intents, bids and 17 agreements, a live roadshow), then the demo organizer's programme.
 */
test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('node', ['dist/server/tools/seed.js'], { cwd: root, env: process.env, stdio: 'inherit' });
  const organizer = demoOrganizer();
  const { logIn: session } = await graphql<{ logIn: { accessToken: string } }>(
    `
      mutation ($input: LogInInput!) {
        logIn(input: $input) {
          accessToken
        }
      }
    `,
    { input: { email: organizer.email, password: organizer.password } },
  );
  const { programmes } = await graphql<{ programmes: { edges: { node: { id: string } }[] } }>(
    `
      query {
        programmes(first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    {},
    session.accessToken,
  );
  const programmeId = programmes.edges[0]?.node.id;
  if (!programmeId) throw new Error('the demo organisation has no programme');
  setup = { organizer, token: session.accessToken, programmeId };
});

test.describe.configure({ mode: 'serial' });

/** JavaScript files a page loads from the build (their paths), as the browser asks for them. */
function collectScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path);
  });
  return scripts;
}

/** The ECharts core chunk (only ECharts has `getZr`, its renderer accessor). */
const isECharts = (path: string) => readFileSync(join(webDist, path), 'utf8').includes('getZr');

/** The organizer records one more intent for some partner on some published project (kind PROCUREMENT). */
async function recordIntent(token: string): Promise<void> {
  const { partners } = await graphql<{ partners: { edges: { node: { id: string } }[] } }>(
    `
      query {
        partners(first: 20) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    {},
    token,
  );
  const { publishedProjects } = await graphql<{ publishedProjects: { edges: { node: { id: string } }[] } }>(
    `
      query {
        publishedProjects(first: 20) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    {},
    token,
  );
  // One intent per partner, project and kind: the first pair without a procurement intent yet.
  for (const partner of partners.edges)
    for (const project of publishedProjects.edges) {
      try {
        await graphql(
          `
            mutation ($input: RecordIntentInput!) {
              recordIntent(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              partnerId: partner.node.id,
              projectId: project.node.id,
              kind: 'PROCUREMENT',
              source: 'HANDBOOK',
            },
          },
          token,
        );
        return;
      } catch (error) {
        if (!String(error).includes('CONFLICT')) throw error;
      }
    }
  throw new Error('every partner already has a procurement intent on every published project');
}

/** The number a headline figure shows ("2,184" → 2184). */
async function figure(page: Page, id: string): Promise<number> {
  const text = await page.getByTestId(`figure-${id}`).getByTestId('figure-value').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Every chart card of the dashboard has drawn its canvas. */
async function expectCharts(page: Page) {
  const charts = page.getByTestId('insights-chart');
  await expect(charts).toHaveCount(8);
  for (const chart of await charts.all()) await expect(chart.locator('canvas')).toBeVisible();
}

/** A table row of a chart card by its first cell. */
function tableRow(card: Locator, first: string): Locator {
  return card
    .locator('tbody tr')
    .filter({ has: card.page().getByRole('cell', { name: first, exact: true }) });
}

test('the organizer reads the programme dashboard: figures, charts, tables, CSV and live counters, in English and Chinese', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const scripts = collectScripts(page);
  await logIn(page, setup.organizer, 'English');

  // P9: the first screen after login (the overview, opened again with the session) loads no chart code.
  const home = await page.context().newPage();
  const homeScripts = collectScripts(home);
  await home.goto('/');
  await expect(home.getByTestId('user-menu')).toBeVisible();
  await home.waitForLoadState('networkidle');
  expect([...homeScripts].filter(isECharts)).toEqual([]);
  await home.close();
  expect([...scripts].filter(isECharts)).toEqual([]);

  // The demo organizer works in Chinese; this part reads the dashboard in English.
  // From the home page's programme dashboards.
  await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
  const links = page.getByTestId('dashboard-links');
  await expect(links).toContainText('Programme dashboards');
  await links.getByRole('button', { name: 'Open dashboard' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/programmes/${setup.programmeId}\\?tab=dashboard$`));
  await expect(page.getByRole('tab', { name: 'Dashboard' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('headline')).toBeVisible();
  await expectCharts(page);
  expect([...scripts].some(isECharts)).toBe(true);

  // The reference scenario in the headline.
  expect(await figure(page, 'collected')).toBe(2400);
  const submitted = await figure(page, 'submitted');
  expect(submitted).toBeGreaterThan(0);
  await expect(page.getByTestId('figure-signed')).toContainText('17 agreements');
  await expect(page.getByTestId('figure-committed').getByTestId('figure-value')).toHaveText('¥2.4bn');
  await expect(page.getByTestId('freshness')).toContainText(/As of \d\d:\d\d/);
  await expect(page.getByTestId('live-counters')).toContainText('Roadshow live now');
  await screenshot(page, 'insights-en');

  // The funnel as a table: its "Submitted" row is the headline figure.
  const funnel = page.getByTestId('chart-funnel');
  await funnel.getByText('Table', { exact: true }).click();
  const submittedRow = tableRow(funnel, 'Submitted');
  await expect(submittedRow.getByRole('cell').nth(1)).toHaveText(submitted.toLocaleString('en-GB'));
  await expect(tableRow(funnel, 'Collected').getByRole('cell').nth(1)).toHaveText('2,400');

  // Its CSV: UTF-8 with a BOM, the same figures, raw numbers.
  const download = page.waitForEvent('download');
  await funnel.getByRole('button', { name: 'Export CSV' }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toMatch(/^dashboard-funnel-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvFile.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Stage,Projects,Of collected,Of submitted');
  expect(lines).toContain('Collected,2400,,');
  expect(lines.find((l) => l.startsWith('Submitted,'))).toMatch(
    new RegExp(`^Submitted,${submitted},0\\.\\d+,$`),
  );

  // Countries are named in the UI language.
  const countries = page.getByTestId('chart-country');
  await countries.getByText('Table', { exact: true }).click();
  await expect(countries.locator('tbody')).toContainText('Germany');

  // A partner's intent arrives while the dashboard is open: the live counter moves without a reload, and
  // Refresh takes it into the figures.
  const liveIntents = page.getByTestId('live-intents');
  const before = Number(
    (await liveIntents.locator('.ant-statistic-content').innerText()).replace(/[^\d]/g, ''),
  );
  const headlineBefore = await figure(page, 'intents');
  await recordIntent(setup.token);
  await expect(liveIntents).toContainText((before + 1).toLocaleString('en-GB'), { timeout: 30_000 });
  await expect(page.getByTestId('new-activity')).toBeVisible();
  await page.getByTestId('freshness').getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('The figures were computed again.')).toBeVisible();
  expect(await figure(page, 'intents')).toBe(headlineBefore + 1);
  await expect(page.getByTestId('new-activity')).toHaveCount(0);

  // The same dashboard in Chinese.
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.getByRole('tab', { name: '看板' })).toHaveAttribute('aria-selected', 'true');
  await expect(funnel).toContainText('项目漏斗');
  await expect(tableRow(funnel, '已申报').getByRole('cell').nth(1)).toHaveText(
    submitted.toLocaleString('zh-CN'),
  );
  await expect(countries.locator('tbody')).toContainText('德国');
  await expect(page.getByTestId('figure-committed').getByTestId('figure-value')).toHaveText('¥24亿');
  await expect(page.getByTestId('live-counters')).toContainText('路演直播中');
  await screenshot(page, 'insights-zh-tables');
  await funnel.getByText('图表', { exact: true }).click();
  await countries.getByText('图表', { exact: true }).click();
  await expectCharts(page);
  await screenshot(page, 'insights-zh');
});

test('the organizer generates the bureau report and downloads the PDF and the workbook', async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page, setup.organizer, 'English');
  await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
  await page.goto(`/programmes/${setup.programmeId}?tab=dashboard`);
  const card = page.getByTestId('report-card');
  await expect(card).toContainText('No report yet.');
  await card.getByRole('button', { name: 'Generate bureau report' }).click();
  const job = card.getByTestId('report-job');
  await expect(job.getByTestId('report-status')).toHaveText('Ready', { timeout: 120_000 });

  const pdf = page.waitForEvent('download');
  await job.getByRole('button', { name: 'Download PDF' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toMatch(/^bureau-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(
    readFileSync(await pdfFile.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  const xlsx = page.waitForEvent('download');
  await job.getByRole('button', { name: 'Download XLSX' }).click();
  // An XLSX file is a ZIP archive.
  expect(
    readFileSync(await (await xlsx).path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'insights-report-en');

  // A second report: the first one moves to the earlier reports, its files still there.
  await card.getByRole('button', { name: 'Generate bureau report' }).click();
  await expect(card.getByTestId('report-history').locator('.ant-list-item')).toHaveCount(1);
  await expect(job.getByTestId('report-status')).toHaveText('Ready', { timeout: 120_000 });
  await expect(card.getByTestId('report-history')).toContainText('Download PDF');

  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(card).toContainText('上报材料');
  await expect(job.getByTestId('report-status')).toHaveText('已完成');
  await screenshot(page, 'insights-report-zh');
});
