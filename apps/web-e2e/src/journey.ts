import { expect, type Page } from '@playwright/test';
import type { Account } from './account';
import { graphql } from './api';
import { plainText, waitForMail } from './mail';
import { saveScreenshot } from './screenshot';

/** Signs an organizer up through the API; returns the access token and the organisation's id. */
export async function signUpOrganizer(
  account: Account,
  locale = 'en',
): Promise<{ token: string; organizationId: string }> {
  const { signUp } = await graphql<{ signUp: { accessToken: string; me: { organization: { id: string } } } }>(
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          accessToken
          me {
            organization {
              id
            }
          }
        }
      }
    `,
    {
      input: {
        email: account.email,
        password: account.password,
        displayName: account.displayName,
        organizationName: account.organizationName,
        locale,
        timeZone: 'Asia/Shanghai',
      },
    },
  );
  return { token: signUp.accessToken, organizationId: signUp.me.organization.id };
}

/** Accepts the invitation e-mailed to `account` as a new user; returns the access token. */
export async function acceptInvitation(account: Account, timeZone: string): Promise<string> {
  const invitation = /[?&]token=([A-Za-z0-9_~.%-]+)/.exec(plainText(await waitForMail(account.email)))?.[1];
  if (!invitation) throw new Error(`no invitation link in the e-mail to ${account.email}`);
  const { acceptInvitation } = await graphql<{ acceptInvitation: { accessToken: string } }>(
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
        password: account.password,
        displayName: account.displayName,
        locale: 'en',
        timeZone,
      },
    },
  );
  return acceptInvitation.accessToken;
}

/** Logs in through the UI in the given language and waits for the user menu. */
export async function logIn(page: Page, account: Account, language: 'English' | '中文') {
  await page.goto('/login');
  await page.getByTestId('language-switch').getByText(language, { exact: true }).click();
  const en = language === 'English';
  await page.getByLabel(en ? 'E-mail' : '电子邮箱', { exact: true }).fill(account.email);
  await page.getByLabel(en ? 'Password' : '密码', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: en ? 'Log in' : /^登\s?录$/ }).click();
  await expect(page.getByTestId('user-menu')).toContainText(account.displayName);
}

/** A full-page screenshot from the top, with no hover state. */
export async function screenshot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}
