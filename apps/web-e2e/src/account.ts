import { expect, type Page } from '@playwright/test';

export interface Account {
  email: string;
  password: string;
  displayName: string;
  organizationName: string;
}

/** A fresh account per run (the e2e database is new each run, but journeys may share it). */
export function newAccount(displayName: string, organizationName: string): Account {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    email: `e2e-${id}@example.test`,
    password: 'correct horse battery',
    displayName,
    organizationName,
  };
}

/** Labels of the sign-up form in the UI's current language. */
export const SIGN_UP_LABELS = {
  en: {
    email: 'E-mail',
    password: 'Password',
    displayName: 'Name',
    organizationName: 'Organisation name',
    submit: 'Create account',
  },
  zh: {
    email: '电子邮箱',
    password: '密码',
    displayName: '姓名',
    organizationName: '机构名称',
    submit: '创建账户',
  },
} as const;

/** Fills and sends the sign-up form (the page must be open). */
export async function fillSignUp(page: Page, account: Account, labels: (typeof SIGN_UP_LABELS)['en' | 'zh']) {
  await page.getByLabel(labels.email, { exact: true }).fill(account.email);
  await page.getByLabel(labels.password, { exact: true }).fill(account.password);
  await page.getByLabel(labels.displayName, { exact: true }).fill(account.displayName);
  await page.getByLabel(labels.organizationName, { exact: true }).fill(account.organizationName);
}

/** Signs up through the UI in English and waits for the Overview. */
export async function signUpInEnglish(page: Page, account: Account): Promise<void> {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: 'Create your organisation' })).toBeVisible();
  await fillSignUp(page, account, SIGN_UP_LABELS.en);
  await page.getByRole('button', { name: SIGN_UP_LABELS.en.submit }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('user-menu')).toContainText(account.displayName);
}

/**
 * Opens the header user menu and picks `item`, until the URL matches `url`. A click that lands
 * while antd's dropdown is still animating in is occasionally lost, so the pair is retried.
 */
export async function chooseUserMenuItem(page: Page, item: string, url: RegExp): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('user-menu').click();
    const menuItem = page.getByRole('menuitem', { name: item });
    await expect(menuItem).toBeVisible();
    await menuItem.click();
    await expect(page).toHaveURL(url, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}
