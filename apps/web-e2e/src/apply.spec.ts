import { expect, test, type Page } from '@playwright/test';
import { newAccount } from './account';
import { graphql } from './api';
import { waitForMail } from './mail';
import { saveScreenshot } from './screenshot';

/** An organizer with an open call: sectors BIO/ICT/NEM, mandatory ATTEND/TRANSFER/LAND, open for 30 more days. */
async function openCall(runId: string): Promise<{ id: string; titleEn: string; titleZh: string }> {
  const organizer = newAccount('Wang Organizer', `Shenzhen Technology Transfer Bureau ${runId}`);
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
        displayName: organizer.displayName,
        email: organizer.email,
        organizationName: organizer.organizationName,
        password: organizer.password,
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      },
    },
  );
  const day = 24 * 60 * 60 * 1000;
  const titleEn = `International Technology Roadshow ${runId}`;
  const titleZh = `国际技术路演 ${runId}`;
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
        title: { zh: titleZh, en: titleEn },
        description: {
          zh: '面向全球征集生物医药、新一代信息技术、新能源与新材料领域的技术项目，入选项目将参加深圳国际技术路演。',
          en: 'We are looking for technology projects in biomedicine, ICT, and new energy and materials from all over the world. Selected projects pitch at the Shenzhen roadshow.',
        },
        sectors: [
          { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
          { code: 'ICT', nameZh: '新一代信息技术', nameEn: 'Information and communication technology' },
          { code: 'NEM', nameZh: '新能源与新材料', nameEn: 'New energy and materials' },
        ],
        mandatoryCans: ['ATTEND', 'TRANSFER', 'LAND'],
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + 30 * day).toISOString(),
        timeZone: 'Asia/Shanghai',
        currency: 'EUR',
      },
    },
    signUp.accessToken,
  );
  await graphql(
    `
      mutation ($id: ID!) {
        openProgramme(id: $id) {
          id
          status
        }
      }
    `,
    { id: createProgramme.id },
    signUp.accessToken,
  );
  return { id: createProgramme.id, titleEn, titleZh };
}

/** A minimal valid one-page PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Picks an option of the antd Select whose dropdown is open. */
async function chooseOption(page: Page, name: string | RegExp): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
    .first()
    .click();
}

/** Before a screenshot: no hover, fonts loaded, scrolled to the top (the header is sticky). */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
}

test('a visitor finds an open call, applies, fills the wizard and submits a project', async ({ page }) => {
  test.setTimeout(180_000);
  const runId = `${Date.now().toString(36)}`;
  const call = await openCall(runId);
  const applicant = newAccount('Anna Schmidt', 'TU Berlin');
  const projectTitle = `Solid-state battery recycling ${runId}`;

  // The public call page, in English, without an account.
  await page.goto('/call');
  await expect(page.getByRole('heading', { name: 'Open calls for projects' })).toBeVisible();
  const card = page.getByTestId('open-call').filter({ hasText: call.titleEn });
  await expect(card).toBeVisible();
  await expect(card.getByText('Information and communication technology')).toBeVisible();
  await expect(card.getByText(/Closes in (29|30) days/)).toBeVisible();
  await expect(card.getByText(/\(Asia\/Shanghai\)/)).toBeVisible();
  await settle(page);
  await saveScreenshot(page, 'call-en');

  // The call in full, with its mandatory cans.
  await card.getByRole('link', { name: call.titleEn }).click();
  await expect(page.getByRole('heading', { name: call.titleEn })).toBeVisible();
  await expect(page.getByTestId('mandatory-can')).toHaveText([
    'Can attend (能参会)',
    'Can transfer (能转移)',
    'Can land locally (能落地)',
  ]);
  await page.getByRole('button', { name: 'Apply', exact: true }).click();

  // Applicant sign-up.
  await expect(page).toHaveURL(new RegExp(`/call/${call.id}/apply$`));
  await expect(page.getByRole('heading', { name: `Apply to ${call.titleEn}` })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(applicant.displayName);
  await page.getByLabel('E-mail', { exact: true }).fill(applicant.email);
  await page.getByLabel('Password', { exact: true }).fill(applicant.password);
  await expect(page.getByLabel('Time zone', { exact: true })).toBeVisible();
  await settle(page);
  await saveScreenshot(page, 'apply-en');
  await page.getByRole('button', { name: 'Create account and start' }).click();

  // Step 1: basics.
  await expect(page).toHaveURL(new RegExp(`/programmes/${call.id}/projects/new$`));
  await expect(page.getByRole('heading', { name: 'New project' })).toBeVisible();
  await expect(
    page.getByText('One language is required; both are encouraged.', { exact: false }),
  ).toBeVisible();
  await page.getByLabel('Title in English').fill(projectTitle);
  await page
    .getByLabel('Summary in English')
    .fill('Recovering lithium and cobalt from solid-state cells at 95 % purity.');
  await page.getByLabel('Organisation', { exact: true }).fill(applicant.organizationName);
  await page.getByLabel('Country').click();
  await page.getByLabel('Country').fill('Germany');
  await chooseOption(page, /^Germany$/);
  await page.getByLabel('Sector').click();
  await chooseOption(page, 'New energy and materials');
  await settle(page);
  await saveScreenshot(page, 'wizard-basics-en');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 2: technology.
  await expect(page).toHaveURL(/\/projects\/[^/]+\/edit\?step=1$/);
  await page.getByText('TRL 6', { exact: true }).click();
  await page.getByLabel('IP status').click();
  await chooseOption(page, 'Patent granted');
  await page.getByText('Technology transfer', { exact: true }).click();
  await page.getByText('Licensing', { exact: true }).click();
  await page.getByLabel('Amount').fill('1500000');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 3: team and contact; one availability window in the presenter's zone.
  await expect(page).toHaveURL(/step=2$/);
  await page
    .getByLabel('Team', { exact: true })
    .fill('Dr Anna Schmidt (lead), two post-docs, one process engineer.');
  await page.getByLabel('Contact name').fill(applicant.displayName);
  await page.getByLabel('Contact e-mail').fill(applicant.email);
  await page.getByLabel('Contact phone').fill('+49 30 1234567');
  await page.getByLabel(/Presenter.s time zone/).fill('Europe/Berlin');
  await chooseOption(page, /^Europe\/Berlin$/);
  await page.getByRole('button', { name: 'Add a time window' }).click();
  await page.getByPlaceholder('From').click();
  await page.getByPlaceholder('From').fill('2027-03-01 09:00');
  await page.getByPlaceholder('From').press('Enter');
  await page.getByPlaceholder('To').fill('2027-03-01 12:00');
  await page.getByPlaceholder('To').press('Enter');
  await expect(page.getByPlaceholder('To')).toHaveValue('2027-03-01 12:00');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 4: the six cans; the mandatory three get a claim.
  await expect(page).toHaveURL(/step=3$/);
  const claims: [RegExp, string][] = [
    [/Can attend/, 'Our team will pitch in Shenzhen in person.'],
    [/Can transfer/, 'Two granted EU patents, licensable.'],
    [/Can land locally/, 'We plan a pilot line with a Shenzhen partner.'],
  ];
  for (const [can, claim] of claims)
    await page.getByRole('group', { name: can }).getByLabel('Your claim').fill(claim);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 5: the pitch deck.
  await expect(page).toHaveURL(/step=4$/);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'pitch-deck.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByText('pitch-deck.pdf uploaded.')).toBeVisible();
  await expect(page.getByTestId('attachments')).toContainText('pitch-deck.pdf');
  await expect(page.getByTestId('save-state')).toContainText('Saved at');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // Step 6: review; nothing is missing.
  await expect(page).toHaveURL(/step=5$/);
  await expect(page.getByTestId('submission-checklist')).toContainText('Everything required is filled in.');
  const details = page.getByTestId('project-details');
  await expect(details).toContainText(projectTitle);
  await expect(details).toContainText('Germany');
  await expect(details).toContainText('TRL 6');
  await expect(details).toContainText('1 Mar 2027, 09:00 – 1 Mar 2027, 12:00');
  await expect(details).toContainText('pitch-deck.pdf');
  await settle(page);
  await saveScreenshot(page, 'wizard-review-en');
  await page.getByRole('button', { name: 'Submit project' }).click();

  // The project page: submitted, with its timeline.
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  const projectUrl = page.url();
  await expect(page.getByRole('heading', { name: projectTitle })).toBeVisible();
  await expect(page.getByTestId('project-status')).toHaveText('Submitted');
  await expect(page.getByTestId('project-banner')).toContainText('Received on');
  const timeline = page.getByTestId('project-timeline');
  await expect(timeline).toContainText('Created');
  await expect(timeline).toContainText('Submitted');
  await expect(timeline).toContainText(`by ${applicant.displayName}`);
  await settle(page);
  await saveScreenshot(page, 'project-timeline-en');

  // The confirmation e-mail.
  const mail = await waitForMail(applicant.email, /^Subject:.*Received/im);
  expect(mail).toMatch(/Received/);

  // In Chinese.
  await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('project-status')).toHaveText('已提交');
  await expect(timeline).toContainText('已提交');
  await settle(page);
  await page.waitForTimeout(300); // the Segmented thumb slides to the new language
  await saveScreenshot(page, 'project-timeline-zh');

  // The submitted project can still be edited while the call is open: the six-can step in Chinese.
  await page.goto(`${projectUrl}/edit?step=3`);
  await expect(page.getByRole('heading', { name: '编辑项目' })).toBeVisible();
  await expect(page.getByRole('group', { name: /能落地/ }).getByText('必填')).toBeVisible();
  await expect(page.getByRole('group', { name: /能参会/ }).getByLabel('说明')).toHaveValue(claims[0][1]);
  await settle(page);
  await saveScreenshot(page, 'wizard-cans-zh');

  // The public call page in Chinese.
  await page.goto('/call');
  await expect(page.getByRole('heading', { name: '正在征集的项目' })).toBeVisible();
  const cardZh = page.getByTestId('open-call').filter({ hasText: call.titleZh });
  await expect(cardZh).toBeVisible();
  await expect(cardZh.getByText('新一代信息技术', { exact: true })).toBeVisible();
  await expect(cardZh.getByText(/\d+\s*天后截止/)).toBeVisible();
  await settle(page);
  await saveScreenshot(page, 'call-zh');
});
