import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CycleResultsSchema, PublishedCycleSchema, truncateScore, type CycleResults } from '@gci/shared';
import { z } from 'zod';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

describe.skipIf(!hasChromium)('home page (public results by tier)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let newest: CycleResults;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // What the page should show, straight from the API it reads.
    const { cycles } = z.object({ cycles: z.array(PublishedCycleSchema) }).parse(await getJson('/api/public/cycles'));
    const year = Math.max(...cycles.map((cycle) => cycle.year));
    newest = CycleResultsSchema.parse(await getJson(`/api/public/cycles/${year}/results`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${server.url}/`);
    await page.locator('section[data-tier]').first().waitFor();
  });

  afterEach(async () => {
    await context.close();
  });

  async function getJson(path: string): Promise<unknown> {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status, path).toBe(200);
    return response.json();
  }

  /** The country codes listed under each tier heading, in page order. */
  function listedByTier(): Promise<Record<string, string[]>> {
    return page.$$eval('section[data-tier]', (sections) =>
      Object.fromEntries(
        sections.map((section) => [
          section.getAttribute('data-tier') ?? '',
          [...section.querySelectorAll('li[data-iso3]')].map((li) => li.getAttribute('data-iso3') ?? ''),
        ]),
      ),
    );
  }

  it('shows the newest cycle with every country under the heading of its own tier', async () => {
    expect(await page.locator('h1').innerText()).toBe(newest.cycle.name);
    const headings = await page.locator('section[data-tier] h2').allInnerTexts();
    expect(headings).toEqual([1, 2, 3, 4, 5].map((tier) => expect.stringContaining(`Tier ${tier}`)));

    const listed = await listedByTier();
    for (const tier of ['1', '2', '3', '4', '5']) expect(listed[tier]?.length, `tier ${tier}`).toBeGreaterThan(0);
    for (const tier of Object.keys(listed)) {
      const expected = newest.countries.filter((country) => String(country.tier) === tier).map((c) => c.iso3);
      expect(listed[tier]?.toSorted(), `tier ${tier}`).toEqual(expected.toSorted());
    }
    expect(Object.values(listed).flat()).toHaveLength(newest.countries.length);
    expect(consoleErrors).toEqual([]);
  });

  it('lists the countries of each tier alphabetically, with the score cut to two decimals', async () => {
    const byTier = await page.$$eval('section[data-tier]', (sections) =>
      sections.map((section) => [...section.querySelectorAll('li[data-iso3] a')].map((name) => name.textContent ?? '')),
    );
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    for (const names of byTier) expect(names).toEqual(names.toSorted(collator.compare));

    const first = newest.countries[0]!;
    const score = await page.locator(`li[data-iso3="${first.iso3}"] [data-testid="country-score"]`).innerText();
    // cut, not rounded: a score never shows the bound of a tier it has not reached
    const twoDecimals = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(score).toContain(twoDecimals.format(truncateScore(first.overall)));
  });

  it('never mentions a rank', async () => {
    const text = await page.locator('body').innerText();
    expect(text.toLowerCase()).not.toContain('rank');
    expect(await page.locator('ol').count()).toBe(0);
  });

  it('warns that the demo results are synthetic', async () => {
    expect(newest.cycle.isDemo).toBe(true);
    const banner = page.getByTestId('demo-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    expect(await banner.innerText()).toMatch(/synthetic/i);
  });

  it('filters by ITU region without losing the five tier headings', async () => {
    await page.locator('select[name="region"]').selectOption('europe');
    await page.waitForURL(/region=europe/);
    const europe = newest.countries.filter((country) => country.region === 'europe').map((c) => c.iso3);
    // the URL changes first, the list re-renders just after: wait for it rather than read it at once
    await expect
      .poll(
        async () =>
          Object.values(await listedByTier())
            .flat()
            .toSorted(),
        { timeout: 10_000 },
      )
      .toEqual(europe.toSorted());
    expect(await page.locator('section[data-tier]').count()).toBe(5);
  });

  it('opens another published cycle from the cycle selector', async () => {
    const cycles = page.locator('select[name="cycle"] option');
    expect(await cycles.count()).toBeGreaterThan(1);
    const older = await cycles.nth(1).getAttribute('value');
    await page.locator('select[name="cycle"]').selectOption(older ?? '');
    await page.waitForURL(`**/cycles/${older}`);
    await page.waitForFunction((year) => document.querySelector('h1')?.textContent?.includes(year), older ?? '');
    expect(await page.locator('section[data-tier]').count()).toBe(5);
    expect(await page.title()).toContain(older);
  });

  it('switches to Arabic, right to left, and remembers the choice', async () => {
    await page.locator('select[name="language"]').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('section[data-tier="1"] h2').innerText()).toContain('الفئة');

    await page.reload();
    await page.locator('section[data-tier]').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });

  it('keeps a region and a language picked before its scripts ran', async () => {
    const early = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    try {
      const earlyPage = await early.newPage();
      // the entry script is held back: until the choices are made, the page is the server's HTML alone
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await earlyPage.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      await earlyPage.goto(`${server.url}/`, { waitUntil: 'commit' });
      await earlyPage.locator('select[name="region"]').selectOption('europe');
      await earlyPage.locator('select[name="language"]').selectOption('fr');
      release();
      await earlyPage.waitForURL(/region=europe/);
      await earlyPage.waitForFunction(() => document.documentElement.lang === 'fr');
      const europe = newest.countries.filter((country) => country.region === 'europe').map((c) => c.iso3);
      await expect
        .poll(() => earlyPage.$$eval('section[data-tier] li[data-iso3]', (items) => items.map((li) => li.getAttribute('data-iso3') ?? '').toSorted()), {
          timeout: 10_000,
        })
        .toEqual(europe.toSorted());
      expect(await earlyPage.locator('select[name="language"]').inputValue()).toBe('fr');
      expect(await earlyPage.locator('select[name="region"]').inputValue()).toBe('europe');
    } finally {
      await early.close();
    }
  });

  it('has no serious or critical accessibility violations', async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});
