import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary } from '@gci/shared';
import { severeViolations } from './support/accessibility.ts';
import { ANALYST } from './support/accounts.ts';
import { apiFromPage } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

describe.skipIf(!hasChromium)('workbench: publishing a cycle', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(server, ANALYST, { page });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('publishes a cycle again; the new publication supersedes the last and the public page shows it', async () => {
    await page.goto(`${server.url}/cycles/2024`);
    await page.getByTestId('page-subtitle').waitFor();
    const published = page.getByTestId('page-subtitle');
    expect(await published.innerText()).toBe('Published on January 1, 2026'); // the seed's publication

    await page.goto(`${server.url}/workbench/cycles`);
    const card = page.locator('[data-cycle-year="2024"]');
    await card.waitFor();
    expect(await card.locator('li[data-publication-id]').count()).toBe(1);
    // a cycle still collecting answers cannot be published from here
    expect(await page.locator('[data-cycle-year="2026"] button[data-publish-cycle]').count()).toBe(0);
    await card.getByLabel('Note for the record (optional)').fill('Republished after the review of Kenya');
    await card.getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Publish' }).click();
    const notice = page.getByTestId('new-publication');
    await notice.waitFor();

    const cycles = (await apiFromPage<{ cycles: CycleSummary[] }>(page, 'GET', '/api/cycles')).json.cycles;
    const publications = cycles.find((c) => c.year === 2024)!.publications;
    expect(publications).toHaveLength(2);
    const newest = publications[1]!;
    expect(newest.supersedesId).toBe(publications[0]!.id);
    expect(newest.note).toBe('Republished after the review of Kenya');
    expect(await notice.locator('[data-hash]').getAttribute('data-hash')).toBe(newest.contentHash);
    expect(await card.locator(`li[data-publication-id="${newest.id}"]`).getAttribute('data-current')).toBe('true');
    expect(await card.locator(`li[data-publication-id="${publications[0]!.id}"]`).innerText()).toContain('Superseded on');
    expect(await severeViolations(page)).toEqual([]);

    await notice.getByRole('link', { name: 'See the public results of 2024' }).click();
    await page.waitForURL(/\/cycles\/2024$/);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(newest.publishedAt));
    await page.waitForFunction((text) => document.querySelector('[data-testid="page-subtitle"]')?.textContent === text, `Published on ${date}`);
    // and so does the home page, for a visitor who is not signed in
    const visitor = await browser.newPage();
    await visitor.goto(`${server.url}/cycles/2024`);
    expect(await visitor.getByTestId('page-subtitle').innerText()).toBe(`Published on ${date}`);
    await visitor.close();
    expect(pageErrors).toEqual([]);
  });
});
