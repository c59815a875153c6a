import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newAccount, type Account } from './account';
import { graphql, until, uploadFile } from './api';
import { plainText, waitForMail } from './mail';
import { logIn } from './journey';
import { saveScreenshot } from './screenshot';

const DAY = 24 * 60 * 60 * 1000;
const PROJECTS = 4;

interface Setup {
  organizer: Account;
  reviewer: Account;
  programmeId: string;
  roundId: string;
}

/**
 * Through the API: an organizer with an open programme (two rubric criteria, ATTEND and LAND mandatory),
 * four imported projects, one reviewer who accepted the invitation, and round 1 opened (one reviewer per
 * project, the best two advance, final round).
 */
async function setUp(workDir: string): Promise<Setup> {
  const organizer = newAccount(
    'Li Organizer',
    `Suzhou Science and Technology Bureau ${Date.now().toString(36)}`,
  );
  const reviewer = newAccount('Dr. Maria Keller', organizer.organizationName);
  const { signUp } = await graphql<{ signUp: { accessToken: string } }>(
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
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      },
    },
  );
  const token = signUp.accessToken;
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
        description: { zh: '面向全球征集技术项目。', en: 'Technology projects from all over the world.' },
        sectors: [
          { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
          { code: 'ICT', nameZh: '新一代信息技术', nameEn: 'Next-generation ICT' },
          { code: 'NEM', nameZh: '新能源与新材料', nameEn: 'New energy and materials' },
        ],
        mandatoryCans: ['ATTEND', 'LAND'],
        rubric: [
          { code: 'NOVELTY', nameZh: '技术先进性', nameEn: 'Technical novelty', weight: 2 },
          { code: 'MARKET', nameZh: '市场前景', nameEn: 'Market potential', weight: 1 },
        ],
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

  // Four submitted projects from the reference sheet.
  const sheet = join(workDir, 'projects.xlsx');
  execFileSync('node', ['dist/server/tools/reference-sheet.js', sheet, String(PROJECTS)], { stdio: 'pipe' });
  const fileId = await uploadFile(
    token,
    'projects.xlsx',
    readFileSync(sheet),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const { startProjectImport } = await graphql<{ startProjectImport: { id: string } }>(
    `
      mutation ($programmeId: ID!, $fileId: ID!) {
        startProjectImport(programmeId: $programmeId, fileId: $fileId, mode: ALL_OR_NOTHING) {
          id
        }
      }
    `,
    { programmeId, fileId },
    token,
  );
  await until(async () => {
    const { projectImport } = await graphql<{ projectImport: { status: string; createdCount: number } }>(
      `
        query ($id: ID!) {
          projectImport(id: $id) {
            status
            createdCount
          }
        }
      `,
      { id: startProjectImport.id },
      token,
    );
    if (projectImport.status === 'FAILED') throw new Error('import failed');
    return projectImport.status === 'SUCCEEDED' ? projectImport : undefined;
  }, 'import');

  // The reviewer: invited, accepts by e-mail as a new account.
  await graphql(
    `
      mutation ($input: InviteReviewerInput!) {
        inviteReviewer(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        email: reviewer.email,
        locale: 'en',
        displayName: reviewer.displayName,
        sectors: ['BIO', 'ICT', 'NEM'],
        languages: ['zh', 'en'],
        country: 'DE',
        affiliation: 'Karlsruhe Institute of Technology',
        maxLoad: 20,
      },
    },
    token,
  );
  const invitation = /[?&]token=([A-Za-z0-9_~.%-]+)/.exec(plainText(await waitForMail(reviewer.email)))?.[1];
  if (!invitation) throw new Error('no invitation link in the e-mail');
  await graphql(
    `
      mutation ($input: AcceptInvitationInput!) {
        acceptInvitation(input: $input) {
          accessToken
        }
      }
    `,
    {
      input: {
        token: decodeURIComponent(invitation),
        password: reviewer.password,
        displayName: reviewer.displayName,
        locale: 'en',
        timeZone: 'Europe/Berlin',
      },
    },
  );

  // Round 1, opened; the assignment runs in the worker.
  const { createScreeningRound } = await graphql<{ createScreeningRound: { id: string } }>(
    `
      mutation ($input: ScreeningRoundInput!) {
        createScreeningRound(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        programmeId,
        cans: ['ATTEND', 'LAND'],
        criteria: ['NOVELTY', 'MARKET'],
        reviewersPerProject: 1,
        maxLoad: 20,
        deadline: new Date(Date.now() + 14 * DAY).toISOString(),
        advanceRule: { kind: 'TOP_N', n: 2 },
        lastRound: true,
      },
    },
    token,
  );
  const roundId = createScreeningRound.id;
  await graphql(
    `
      mutation ($id: ID!) {
        openScreeningRound(id: $id) {
          id
        }
      }
    `,
    { id: roundId },
    token,
  );
  await until(async () => {
    const { screeningRound } = await graphql<{ screeningRound: { status: string } }>(
      `
        query ($id: ID!) {
          screeningRound(id: $id) {
            status
          }
        }
      `,
      { id: roundId },
      token,
    );
    return screeningRound.status === 'OPEN' ? true : undefined;
  }, 'round open');
  return { organizer, reviewer, programmeId, roundId };
}

let workDir: string;
let setup: Setup;

test.beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'sixcan-screening-'));
  setup = await setUp(workDir);
});

test.afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('a reviewer passes the conflict gate and scores three projects with the keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, setup.reviewer, 'English');
  await page.goto('/review');
  const round = page.getByTestId('review-round-1');
  await expect(round).toBeVisible();
  await expect(round.getByTestId('review-progress')).toHaveText(`0 of ${PROJECTS} submitted`);
  await round.getByRole('button', { name: 'Review next project' }).click();

  for (let i = 1; i <= 3; i++) {
    await expect(page).toHaveURL(/\/review\/assignments\//);
    const gate = page.getByTestId('conflict-gate');
    await expect(gate).toBeVisible();
    await gate.getByRole('button', { name: 'I have no conflict' }).click();
    const form = page.getByTestId('review-form');
    await expect(form).toBeVisible();
    // Verdicts by keyboard: focus the can, press P; scores by digits.
    for (const can of ['ATTEND', 'LAND']) {
      await form.getByTestId(`verdict-${can}`).getByRole('radio', { name: 'Unsure' }).focus();
      await page.keyboard.press('p');
      await expect(form.getByTestId(`verdict-${can}`).getByRole('radio', { name: 'Pass' })).toBeChecked();
    }
    await form.getByTestId('score-NOVELTY').getByRole('radio', { name: '1', exact: true }).focus();
    await page.keyboard.press(String(5 + i));
    await expect(
      form.getByTestId('score-NOVELTY').getByRole('radio', { name: String(5 + i), exact: true }),
    ).toBeChecked();
    await form.getByTestId('score-MARKET').locator('label', { hasText: /^7$/ }).click();
    await form.getByRole('combobox', { name: 'Overall recommendation' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^Advance$/ })
      .click();
    await form.getByLabel('Comment for the organizers').fill(`Solid team; review ${i}.`);
    if (i === 1) {
      await form.getByRole('button', { name: 'Save draft' }).click();
      await expect(form.getByTestId('review-notice')).toHaveText('Draft saved.');
      await page.mouse.move(0, 0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, 'review-form-en');
    }
    await form.getByRole('button', { name: 'Submit and go to next' }).click();
    await expect(page.getByTestId('round-progress')).toContainText(`${i} of ${PROJECTS} submitted`);
  }

  // Home, in Chinese: three of four submitted.
  await page.goto('/review');
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.getByTestId('review-round-1').getByTestId('review-progress')).toHaveText(
    `已提交 3 / ${PROJECTS}`,
  );
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'reviewer-queue-zh');
});

test('an organizer closes the round, overrides a decision with a reason, decides and exports', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page, setup.organizer, '中文');
  await page.goto(`/programmes/${setup.programmeId}?tab=screening`);
  await page
    .getByTestId('rounds-table')
    .getByRole('link', { name: /第 1 轮/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/rounds/${setup.roundId}`));

  // Close (confirmed).
  await page.getByRole('button', { name: '结束本轮' }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s?定|OK/ })
    .click();
  await expect(page.getByText('本轮已结束。')).toBeVisible();

  // Results: the three reviewed projects ranked first, the unreviewed one last.
  await page.getByRole('tab', { name: '评审结果' }).click();
  const rows = page.getByTestId('results-table').locator('tr.ant-table-row');
  await expect(rows).toHaveCount(PROJECTS);
  await expect(page.getByTestId('distribution-chart')).toBeVisible();
  await expect(page.getByTestId('leniency-chart').locator('canvas')).toBeVisible();
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'round-results-zh');

  // The table view of a chart.
  await page.getByTestId('distribution-chart').getByText('表格', { exact: true }).click();
  await expect(page.getByTestId('distribution-chart').locator('table')).toBeVisible();

  // Override the third (proposed: not selected) with a reason.
  const third = rows.nth(2);
  await third.getByRole('button', { name: '调整决定' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: '晋级' })).toBeChecked();
  // Without a reason the override is refused.
  await dialog.getByRole('button', { name: /^调\s?整$/ }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toBeVisible();
  await dialog.getByLabel('理由（记入评审依据和审计记录）').fill('路演现场需要一个生物医药项目。');
  await dialog.getByRole('button', { name: /^调\s?整$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(third).toContainText('已调整：路演现场需要一个生物医药项目。');

  // The unreviewed project has no proposal: deciding is refused until an organizer decides it.
  const last = rows.nth(PROJECTS - 1);
  await expect(last).toContainText('—');
  await last.getByRole('button', { name: '调整决定' }).click();
  await dialog.locator('label', { hasText: '未入选' }).click();
  await dialog.getByLabel('理由（记入评审依据和审计记录）').fill('申请人未在截止前补充材料。');
  await dialog.getByRole('button', { name: /^调\s?整$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(last).toContainText('已调整：申请人未在截止前补充材料。');

  // Decide (confirmed), in English.
  await page.getByTestId('language-switch').getByText('English', { exact: true }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Apply decisions' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Decisions applied; applicants are being informed.')).toBeVisible();
  await expect(page.locator('.ant-tag', { hasText: 'Decided' }).first()).toBeVisible();

  // Export the ranking with its justification.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export ranking (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync(await download.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'round-decided-en');
});
