import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newAccount } from './account';
import { graphql } from './api';
import { saveScreenshot } from './screenshot';

const ZONE = 'Asia/Shanghai';

/** "2026-11-21 09:00" in the organizer's zone, `days` from today. */
function wallClock(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date)} ${time}`;
}

async function switchLanguage(page: Page, label: 'English' | '中文', lang: 'en' | 'zh-CN') {
  await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Reads "2,400 projects" / "共 2,400 个项目" as a number. */
async function projectTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('projects-total').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

let workDir: string;
let sheet: string;

test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'sixcan-intake-'));
  sheet = join(workDir, 'reference-2400.xlsx');
  execFileSync('node', ['dist/server/tools/reference-sheet.js', sheet, '2400'], { stdio: 'pipe' });
});

test.afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('an organizer creates and opens a programme, imports 2,400 projects, filters, searches and exports', async ({
  page,
}) => {
  test.setTimeout(180_000);
  page.setDefaultTimeout(20_000);
  const organizer = newAccount('Chen Organizer', '深圳国际技术转移中心');

  // The organizer's account (new organisation) and one channel, through the API.
  const signUp = await graphql<{ signUp: { accessToken: string } }>(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          accessToken
        }
      }
    `,
    {
      input: {
        email: organizer.email,
        password: organizer.password,
        displayName: organizer.displayName,
        organizationName: organizer.organizationName,
        locale: 'en',
        timeZone: ZONE,
      },
    },
  );
  const token = signUp.signUp.accessToken;
  const channel = await graphql<{ createChannel: { id: string } }>(
    `
      mutation ($input: ChannelInput!) {
        createChannel(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        name: { zh: '亚琛工业大学技术转移中心', en: 'RWTH Aachen Technology Transfer' },
        kind: 'UNIVERSITY',
        country: 'DE',
        contactEmail: 'transfer@example.test',
      },
    },
    token,
  );
  await graphql(
    `
      mutation ($input: InviteChannelMemberInput!) {
        inviteChannelMember(input: $input) {
          email
        }
      }
    `,
    { input: { channelId: channel.createChannel.id, email: `scout-${organizer.email}`, locale: 'en' } },
    token,
  );

  // Log in through the UI, in English.
  await page.goto('/login');
  await switchLanguage(page, 'English', 'en');
  await page.getByLabel('E-mail', { exact: true }).fill(organizer.email);
  await page.getByLabel('Password', { exact: true }).fill(organizer.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByTestId('user-menu')).toContainText(organizer.displayName);

  // Programmes: none yet; create one through the form.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Programmes' })
    .click();
  await expect(page.getByRole('heading', { name: 'Programmes', exact: true })).toBeVisible();
  await expect(page.getByText('No programmes yet. Create one to open a call for projects.')).toBeVisible();
  await page.getByRole('button', { name: 'New programme' }).click();
  await expect(page.getByRole('heading', { name: 'New programme' })).toBeVisible();

  await page.getByLabel('Title (Chinese)').fill('2026 深圳国际技术路演项目征集');
  await page.getByLabel('Title (English)').fill('2026 Shenzhen International Technology Roadshow');
  await page
    .getByLabel('Description (Chinese)')
    .fill('面向全球征集生物医药、新一代信息技术、新能源与新材料领域的海外项目。');
  await page
    .getByLabel('Description (English)')
    .fill('Overseas projects in biomedicine, next-generation ICT, and new energy and materials.');

  const start = page.getByPlaceholder('Start date');
  const end = page.getByPlaceholder('End date');
  // Typed, then confirmed with the picker's OK (Enter would submit the whole form).
  await start.click();
  await start.fill(wallClock(-1, '09:00'));
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await end.fill(wallClock(30, '18:00'));
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await expect(start).toHaveValue(wallClock(-1, '09:00'));
  await expect(end).toHaveValue(wallClock(30, '18:00'));

  const sectors: [string, string, string][] = [
    ['BIO', '生物医药', 'Biomedicine'],
    ['ICT', '新一代信息技术', 'Next-generation ICT'],
    ['NEM', '新能源与新材料', 'New energy and materials'],
  ];
  for (const [index, [code, zh, en]] of sectors.entries()) {
    await page.getByRole('button', { name: 'Add a sector' }).click();
    const row = page.getByTestId(`sector-row-${index}`);
    await row.getByLabel('Code').fill(code);
    await row.getByLabel('Name (Chinese)').fill(zh);
    await row.getByLabel('Name (English)').fill(en);
  }
  // The group re-renders after each tick: a click landing mid-render is retried until the box is ticked.
  for (const can of [/能参会/, /能落地/]) {
    const box = page.getByRole('checkbox', { name: can });
    await expect(() => box.check()).toPass();
  }
  await page.getByRole('button', { name: 'Add a criterion' }).click();
  const criterion = page.getByTestId('rubric-row-0');
  await criterion.getByLabel('Code').fill('NOVELTY');
  await criterion.getByLabel('Name (Chinese)').fill('技术先进性');
  await criterion.getByLabel('Name (English)').fill('Technical novelty');
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'programme-form-en');

  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByText('Programme created. It stays a draft until you open it.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: '2026 Shenzhen International Technology Roadshow' }),
  ).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: 'Draft' })).toBeVisible();

  // Open the call (confirmed).
  await page.getByRole('button', { name: /Open$/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('.ant-tag', { hasText: 'Open' })).toBeVisible();
  await expect(page.getByText('Accepting submissions now')).toBeVisible();

  // Import: the template downloads.
  await page.getByRole('tab', { name: 'Import' }).click();
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Template (XLSX)' }).click(),
  ]);
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
  const templateBytes = readFileSync(await template.path());
  expect(templateBytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: XLSX

  // Upload the 2,400-row reference sheet; keep the valid rows.
  await page.locator('input[type=file]').setInputFiles(sheet);
  await expect(page.getByTestId('uploaded-file')).toContainText('reference-2400.xlsx');
  await page.getByText('Import the valid rows', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /Import the valid rows/ })).toBeChecked();

  // Follow it in Chinese.
  await switchLanguage(page, '中文', 'zh-CN');
  await page.getByRole('button', { name: '开始导入' }).click();
  const result = page.getByTestId('import-result');
  await expect(result.or(page.getByTestId('import-progress'))).toBeVisible();
  await expect(result).toBeVisible({ timeout: 180_000 });
  await expect(result.getByText('已完成')).toBeVisible();
  await expect(page.getByTestId('import-created')).toContainText('2,400');
  await expect(result.getByText('所有行均已导入。')).toBeVisible();
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'import-done-zh');

  // Projects, in English: all 2,400, then only Germany.
  await switchLanguage(page, 'English', 'en');
  await page.getByRole('tab', { name: 'Projects' }).click();
  await expect(page.getByTestId('projects-total')).toHaveText('2,400 projects');
  const rows = page.getByTestId('projects-table').locator('tr.ant-table-row');
  await expect(rows).toHaveCount(20);

  const country = page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Country' }) });
  await country.click();
  await page.getByRole('combobox', { name: 'Country' }).fill('Germany');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^Germany$/ })
    .click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/country=DE/);
  await expect(page.getByTestId('projects-total')).not.toHaveText('2,400 projects');
  const germany = await projectTotal(page);
  expect(germany).toBeGreaterThan(0);
  expect(germany).toBeLessThan(2400);
  await expect(rows.first()).toBeVisible();
  const countries = await rows.locator('td:nth-child(3)').allTextContents();
  expect(countries.length).toBeGreaterThan(0);
  expect(countries.every((name) => name === 'Germany')).toBe(true);

  // A reload keeps the filter (it lives in the URL).
  await page.reload();
  await expect(page.getByTestId('projects-total')).toHaveText(`${germany.toLocaleString('en')} projects`);
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'projects-filtered-en');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('projects-total')).toHaveText('2,400 projects');

  // Search in Chinese.
  await switchLanguage(page, '中文', 'zh-CN');
  const search = page.getByPlaceholder('搜索标题、简介、机构（中文或英文）');
  await search.fill('电池');
  await search.press('Enter');
  await expect(page).toHaveURL(/q=%E7%94%B5%E6%B1%A0/);
  await expect(page.getByTestId('projects-total')).not.toHaveText('共 2,400 个项目');
  const found = await projectTotal(page);
  expect(found).toBeGreaterThan(0);
  const titles = await rows.locator('td:nth-child(1)').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  // A title names the battery in Chinese, or (English-only projects) in English.
  for (const title of titles) expect(title).toMatch(/电池|batter|cell/i);
  expect(titles.some((title) => title.includes('电池'))).toBe(true);
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'projects-search-zh');

  // Export the search as CSV: UTF-8 with a BOM.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /导出\s?CSV/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvBytes = readFileSync(await csv.path());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvBytes.toString('utf8')).toContain('电池');

  // Channels, in Chinese.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '推荐渠道' }).click();
  await expect(page.getByRole('heading', { name: '推荐渠道', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: /亚琛工业大学技术转移中心/ })).toBeVisible();
  await expect(page.getByText('已邀请')).toBeVisible();
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'channels-zh');
});
