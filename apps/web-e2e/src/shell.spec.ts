import { expect, test, type Page } from '@playwright/test';
import { newAccount, signUpInEnglish } from './account';
import { saveScreenshot } from './screenshot';

/** The header language switch; each option is named in its own language. */
function languageOption(page: Page, name: 'English' | '中文') {
  return page.getByTestId('language-switch').getByText(name, { exact: true });
}

test('shell in English and Chinese, language persists, system status shows the database UP', async ({
  page,
}) => {
  // A fresh browser context has no saved choice and an en-US browser: the app starts in English,
  // and the shell needs a session: a visitor is sent to log in.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Log in to SixCan' })).toBeVisible();

  // Sign up through the UI; the new organizer lands on the Overview.
  await signUpInEnglish(page, newAccount('Shell Tester', 'Shell Test Bureau'));
  await expect(page.getByText('SixCan 六可', { exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'System status' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Members' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to SixCan' })).toBeVisible();
  await saveScreenshot(page, 'shell-en');

  // Switch to Chinese in the header: applies at once.
  await languageOption(page, '中文').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '欢迎使用 SixCan 六可' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }),
  ).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.getItem('sixcan.lang'))).toBe('zh-CN');
  await saveScreenshot(page, 'shell-zh');

  // The choice and the session survive a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '欢迎使用 SixCan 六可' })).toBeVisible();

  // System status through the real API: the database component is UP.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '系统状态' }).click();
  await expect(page).toHaveURL(/\/system\/status$/);
  await expect(page.getByRole('heading', { name: '系统状态' })).toBeVisible();
  const database = page.locator('tr[data-row-key="database"]');
  await expect(database.locator('[data-status]')).toHaveAttribute('data-status', 'UP');
  await expect(database).toContainText('数据库');
  await expect(database).toContainText('正常');
  await saveScreenshot(page, 'status-zh');

  // Back to English on the same page.
  await languageOption(page, 'English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'System status' })).toBeVisible();
  await expect(database).toContainText('Database');
  await expect(database.locator('[data-status]')).toHaveText('UP');
  await saveScreenshot(page, 'status-en');
});
