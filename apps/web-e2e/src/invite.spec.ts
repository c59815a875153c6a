import { expect, test } from '@playwright/test';
import { fillSignUp, newAccount, SIGN_UP_LABELS } from './account';
import { plainText, waitForMail } from './mail';
import { saveScreenshot } from './screenshot';

test('an organizer invites a reviewer, who accepts by e-mail and lands on the reviewer home', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const organizer = newAccount('李组织', '深圳国际技术转移中心');
  const reviewer = newAccount('张评审', organizer.organizationName);

  // The organizer signs up in Chinese.
  await page.goto('/signup');
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '创建您的机构' })).toBeVisible();
  await fillSignUp(page, organizer, SIGN_UP_LABELS.zh);
  await page.getByRole('button', { name: SIGN_UP_LABELS.zh.submit }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('user-menu')).toContainText(organizer.displayName);

  // Members: the organizer is the only member so far.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '成员' }).click();
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole('heading', { name: '成员', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: organizer.email })).toBeVisible();

  // Invite the reviewer (REVIEWER is preselected).
  await page.getByRole('button', { name: '邀请成员' }).click();
  const dialog = page.getByRole('dialog', { name: '邀请成员' });
  await dialog.getByLabel('电子邮箱', { exact: true }).fill(reviewer.email);
  await expect(dialog.getByRole('checkbox', { name: /评审专家/ })).toBeChecked();
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  await expect(dialog).toBeHidden();

  // The Invitations tab lists it as pending.
  const row = page.getByRole('row', { name: new RegExp(reviewer.email.replace(/\./g, '\\.')) });
  await expect(row).toBeVisible();
  await expect(row.getByText('待接受')).toBeVisible();
  await expect(row.getByText('评审专家')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400); // let the modal's closing animation and tab switch settle
  await saveScreenshot(page, 'invite-members-zh');

  // The worker sends the invitation e-mail; take the accept link from its text part.
  const mail = await waitForMail(reviewer.email);
  const link = /\/invitations\/accept\?token=[A-Za-z0-9_~.%-]+/.exec(plainText(mail))?.[0];
  expect(link, 'accept link in the invitation e-mail').toBeTruthy();

  // The reviewer opens it in their own (Chinese) browser.
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const invitee = await context.newPage();
    await invitee.goto(link ?? '');
    await expect(invitee.getByRole('heading', { name: '接受邀请' })).toBeVisible();
    await expect(
      invitee.getByText(`您受邀加入 SixCan 上的「${organizer.organizationName}」。`),
    ).toBeVisible();
    await expect(invitee.getByText(reviewer.email, { exact: true })).toBeVisible();
    await invitee.getByLabel('姓名', { exact: true }).fill(reviewer.displayName);
    await invitee.getByLabel('密码', { exact: true }).fill(reviewer.password);
    await invitee.mouse.move(0, 0);
    await saveScreenshot(invitee, 'accept-invitation-zh');
    await invitee.getByRole('button', { name: /^加\s?入$/ }).click();

    // Reviewer home, in Chinese.
    await expect(invitee).toHaveURL(/\/review$/);
    await expect(invitee.getByRole('heading', { name: '评审首页' })).toBeVisible();
    await expect(invitee.getByText(`${reviewer.displayName}，您好`)).toBeVisible();
    await expect(invitee.getByTestId('user-menu')).toContainText(reviewer.displayName);
    const nav = invitee.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '评审首页' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '成员' })).toHaveCount(0);
    await invitee.mouse.move(0, 0);
    await saveScreenshot(invitee, 'reviewer-home-zh');

    // And in English.
    await invitee.getByTestId('language-switch').getByText('English', { exact: true }).click();
    await expect(invitee.locator('html')).toHaveAttribute('lang', 'en');
    await expect(invitee.getByRole('heading', { name: 'Reviewer home' })).toBeVisible();
    await expect(invitee.getByText(`Welcome, ${reviewer.displayName}`)).toBeVisible();
    await invitee.mouse.move(0, 0);
    await invitee.waitForTimeout(300); // the Segmented thumb slides to the new language
    await saveScreenshot(invitee, 'reviewer-home-en');
  } finally {
    await context.close();
  }
});
