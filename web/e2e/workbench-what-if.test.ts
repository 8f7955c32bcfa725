import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { severeViolations } from './support/accessibility.ts';
import { ANALYST, KEN } from './support/accounts.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { settled } from './support/settled.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

/** Countries per tier as the page's table shows them: { tier: [baseline, scenario] }. */
function tierCounts(page: Page): Promise<Record<string, [number, number]>> {
  return page.$$eval('[data-testid="tier-counts"] tbody tr', (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.getAttribute('data-tier') ?? '',
        [Number(r.querySelector('[data-column="baseline"]')?.textContent), Number(r.querySelector('[data-column="scenario"]')?.textContent)] as [
          number,
          number,
        ],
      ]),
    ),
  );
}

const revision = (page: Page) => page.getAttribute('[data-testid="what-if-results"]', 'data-revision');

describe.skipIf(!hasChromium)('workbench: live weights and scenarios', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // One sign-in for the file, kept in the storage state every test's context starts from.
    const first = await browser.newContext({ locale: 'en-US' });
    await signIn(server, ANALYST, { page: await first.newPage() });
    storageState = await first.storageState();
    await first.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 }, storageState });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/workbench/what-if`);
    await page.locator('[data-testid="tier-counts"]').waitFor();
    await settled(page);
  });

  afterEach(async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('rescores all 194 countries in the browser when a pillar weight is typed, without any request', async () => {
    const before = await tierCounts(page);
    const total = (i: 0 | 1, counts: Record<string, [number, number]>) => Object.values(counts).reduce((s, c) => s + c[i], 0);
    expect(total(0, before)).toBe(194);
    expect(Object.values(before).every(([baseline, scenario]) => baseline === scenario)).toBe(true);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const was = await revision(page);
    await page.locator('[data-weight-input="legal"]').fill('4');
    await page.waitForFunction((r) => document.querySelector('[data-testid="what-if-results"]')?.getAttribute('data-revision') !== r, was);
    const after = await tierCounts(page);
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);

    expect(total(1, after)).toBe(194);
    expect(Object.values(after).map(([b]) => b)).toEqual(Object.values(before).map(([b]) => b));
    expect(Object.values(after).some(([b, s]) => b !== s)).toBe(true);
    const changes = page.locator('[data-testid="tier-changes"] tbody tr[data-iso3]');
    expect(await changes.count()).toBeGreaterThan(0);
    // every change row shows both tiers and both scores
    expect(await changes.first().innerText()).toMatch(/Tier \d\s+\d+\.\d.*Tier \d\s+\d+\.\d/s);
    // the region breakdown counts the same countries
    const regionTotal = await page.$$eval('[data-testid="region-breakdown"] tbody tr', (rows) =>
      rows.reduce((sum, r) => sum + [...r.querySelectorAll('td')].slice(0, -1).reduce((s, td) => s + Number.parseInt(td.textContent ?? '0', 10), 0), 0),
    );
    expect(regionTotal).toBe(194);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /values? changed/ })
        .innerText(),
    ).toBe('1 value changed');
  });

  it('follows the keyboard on a slider, in the same way', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const slider = page.locator('#w-technical');
    await slider.focus();
    const was = await revision(page);
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((r) => document.querySelector('[data-testid="what-if-results"]')?.getAttribute('data-revision') !== r, was);
    expect(await page.inputValue('[data-weight-input="technical"]')).toBe('2');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^2, 33%/);
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
    await page.getByRole('button', { name: 'Reset the weight of Technical measures' }).click();
    expect(await page.inputValue('[data-weight-input="technical"]')).toBe('1');
    const counts = await tierCounts(page);
    expect(Object.values(counts).every(([b, s]) => b === s)).toBe(true);
  });

  it('moves a tier threshold and recounts', async () => {
    await page.locator('#threshold-1').fill('99');
    const counts = await tierCounts(page);
    expect(counts['1']![1]).toBeLessThan(counts['1']![0]);
    expect(counts['2']![1]).toBeGreaterThan(counts['2']![0]);
  });

  it('saves a scenario, and its link reopens it with the same tier counts', async () => {
    await page.locator('[data-weight-input="legal"]').fill('3');
    await page.locator('[data-weight-input="cooperation"]').fill('0.5');
    await page.locator('#threshold-3').fill('60');
    const counts = await tierCounts(page);
    await page.getByLabel('Name', { exact: true }).fill('Legal measures triple');
    await page.getByLabel('Note (why, what to look at)').fill('What if the law counted three times as much?');
    await page.getByRole('button', { name: 'Save the scenario' }).click();
    await page.waitForURL(/\/workbench\/scenarios\/[0-9a-f-]{36}$/);
    await page.locator('[data-scenario-id]').waitFor();
    const link = await page.inputValue('#scenario-link');
    expect(link).toBe(page.url());
    expect(await tierCounts(page)).toEqual(counts);

    // a colleague opens the link in a fresh tab
    const other = await context.newPage();
    await other.goto(link);
    await other.locator('[data-testid="tier-counts"]').waitFor();
    expect(await tierCounts(other)).toEqual(counts);
    expect(await other.locator('[data-scenario-id]').innerText()).toContain('What if the law counted three times as much?');
    expect(await other.inputValue('[data-weight-input="legal"]')).toBe('3');
    expect(await other.inputValue('#threshold-3')).toBe('60');
    expect(await other.getByRole('status').filter({ hasText: 'values changed' }).innerText()).toBe('3 values changed');
    expect(await severeViolations(other)).toEqual([]);
  });

  it('is never downloaded by the public pages', async () => {
    const visitor = await browser.newContext({ locale: 'en-US' });
    const p = await visitor.newPage();
    const scripts: string[] = [];
    p.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await p.goto(`${server.url}/`);
    await p.locator('section[data-tier]').first().waitFor();
    await p.goto(`${server.url}/cycles/2020`);
    await p.locator('section[data-tier]').first().waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => /workbench|what-if|scenario-overrides|stability\.worker/.test(path))).toEqual([]);
    await visitor.close();
  });

  it('sends a signed-out reader to the sign-in page, and keeps a focal point out', async () => {
    const anonymous = await browser.newContext({ locale: 'en-US' });
    const p = await anonymous.newPage();
    await p.goto(`${server.url}/workbench/what-if`);
    await p.waitForURL(/\/login\?next=%2Fworkbench%2Fwhat-if/);
    await anonymous.close();

    const focal = await browser.newContext({ locale: 'en-US' });
    const f = await focal.newPage();
    await signIn(server, KEN, { page: f });
    await f.goto(`${server.url}/workbench/what-if`);
    expect(await f.locator('h1').innerText()).toBe('Not available for your role');
    // their way in is the consultation, which lists only versions open to them
    await f.getByRole('link', { name: 'Methodology consultation' }).first().click();
    await f.waitForURL(/\/workbench\/methodologies$/);
    await f.locator('h1', { hasText: 'Methodology versions' }).waitFor();
    expect(await f.getByRole('button', { name: 'Create the draft' }).count()).toBe(0);
    await focal.close();
  });
});
