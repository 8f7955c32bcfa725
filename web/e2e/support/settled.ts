import type { Page } from 'playwright-core';

/** Waits for the route's page to settle: the header's loading bar gone. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="navigation-progress"]') && !document.querySelector('[data-testid="page-loading"]'));
}
