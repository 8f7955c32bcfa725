import type { Page } from 'playwright-core';

/** Waits for the route's page to settle: the header's loading bar gone. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.site-header .progress-bar') && !document.querySelector('.page-loading'));
}
