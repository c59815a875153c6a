import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Saves a full-page PNG to apps/web-e2e/screenshots/<name>.png (gitignored; kept for review). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(__dirname, '..', 'screenshots', `${name}.png`), fullPage: true });
}
