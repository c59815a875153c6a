import { expect, test, type Page } from '@playwright/test';
import { chooseUserMenuItem, fillSignUp, newAccount, SIGN_UP_LABELS } from './account';
import { saveScreenshot } from './screenshot';

/** Picks an option in the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  // The selected value covers the (read-only) search input: click the select itself.
  await page
    .locator('.ant-select', { has: page.getByRole('combobox', { name: label, exact: true }) })
    .click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
}

test('sign up in Chinese, switch the profile to English, sign out and log in again', async ({ page }) => {
  const account = newAccount('王小明', '上海技术转移中心');

  // Sign-up page, switched to Chinese in the header; the account language follows.
  await page.goto('/signup');
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '创建您的机构' })).toBeVisible();

  // Validation runs before sending, in Chinese.
  await page.getByRole('button', { name: SIGN_UP_LABELS.zh.submit }).click();
  await expect(page.getByText('请输入电子邮箱。')).toBeVisible();
  await page.getByLabel('密码', { exact: true }).fill('short');
  await expect(page.getByText('密码至少需要 10 个字符（最多 200 个）。')).toBeVisible();

  await fillSignUp(page, account, SIGN_UP_LABELS.zh);
  const form = page.locator('form');
  await expect(form.locator('.ant-select-selection-item').first()).toHaveText('中文');
  await expect(form.getByText('Asia/Shanghai', { exact: true })).toBeVisible();
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'signup-zh');
  await page.getByRole('button', { name: SIGN_UP_LABELS.zh.submit }).click();

  // The new organizer lands on the Overview, in Chinese.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: '欢迎使用 SixCan 六可' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toContainText(account.displayName);
  await expect(page.getByTestId('organization-name')).toHaveText(account.organizationName);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '成员' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '评审首页' })).toHaveCount(0);

  // Profile: change the language to English; the UI switches with it.
  await chooseUserMenuItem(page, '个人资料', /\/profile$/);
  await expect(page.getByRole('heading', { name: '个人资料' })).toBeVisible();
  await choose(page, '语言', 'English');
  // antd spaces out two-character Chinese button labels: 保 存.
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await saveScreenshot(page, 'profile-en');

  // Sign out: back on the log-in page, the refresh token is gone.
  await chooseUserMenuItem(page, 'Sign out', /\/login$/);
  await expect(page.getByRole('heading', { name: 'Log in to SixCan' })).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.getItem('sixcan.refresh'))).toBeNull();

  // A protected page sends a visitor to log in, and back there afterwards.
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile$/);

  // A wrong password gets a translated form-level message.
  await page.getByLabel('E-mail', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail or password is incorrect.');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeEnabled();
  await page.waitForTimeout(400); // let antd's 0.2 s colour transition from the disabled state finish
  await saveScreenshot(page, 'login-en');

  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('user-menu')).toContainText(account.displayName);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(account.displayName);

  // And the Overview is one click away.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page.getByRole('heading', { name: 'Welcome to SixCan' })).toBeVisible();
});
