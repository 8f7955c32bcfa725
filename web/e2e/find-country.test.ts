import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

/** Finding a country by typing part of its name, and a profile's scores over the published editions. */
describe.skipIf(!hasChromium)('finding a country', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    while (contexts.length) await contexts.pop()?.close();
    expect(pageErrors).toEqual([]);
    pageErrors = [];
  });

  async function open(path: string, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    return page;
  }

  /** The combobox once the page has hydrated (the server sends a plain text field). */
  const combobox = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"][data-ready]`);

  it('sends a plain text field with the page and makes it a combobox once hydrated', async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { 'accept-language': 'fr' } })).text();
    expect(html).toMatch(/<input[^>]*data-testid="find-country"/);
    expect(html).not.toMatch(/role="combobox"/);
    const page = await open('/', 'fr-FR');
    const field = combobox(page, 'find-country');
    await field.waitFor();
    expect(await field.getAttribute('role')).toBe('combobox');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds Côte d’Ivoire from "cote" in French and opens its profile', async () => {
    const page = await open('/', 'fr-FR');
    const field = combobox(page, 'find-country');
    await field.waitFor();
    await field.fill('cote');
    const option = page.getByRole('option', { name: /Côte d.Ivoire/ });
    await option.waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await field.press('Enter');
    await page.waitForURL(/\/countries\/CIV$/);
    await page.locator('h1', { hasText: /Côte d.Ivoire/ }).waitFor();
  });

  it('closes the suggestions with Escape and empties the field with a second Escape', async () => {
    const page = await open('/');
    const field = combobox(page, 'find-country');
    await field.waitFor();
    await field.fill('ken');
    await page.getByRole('option', { name: 'Kenya' }).waitFor();
    await field.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-testid="find-country"]')?.getAttribute('aria-expanded') === 'false');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    await field.press('Escape');
    expect(await field.inputValue()).toBe('');
  });

  it('picks two countries to compare by typing', async () => {
    const page = await open('/cycles/2024/compare');
    const field = combobox(page, 'compare-add');
    await field.waitFor();
    await field.fill('keny');
    await page.getByRole('option', { name: 'Kenya' }).waitFor();
    await field.press('Enter');
    await page.waitForURL(/countries=KEN/);
    await field.fill('fran');
    await page.getByRole('option', { name: 'France' }).click();
    await page.waitForURL(/countries=KEN(,|%2C)FRA/);
    await page.locator('[data-testid="compare-table"] thead th[data-iso3="FRA"]').waitFor();
    const headers = await page.locator('[data-testid="compare-table"] thead th[data-iso3]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-iso3')));
    expect(headers.toSorted()).toEqual(['FRA', 'KEN']);
    expect(await field.inputValue()).toBe('');
  });

  it('shows the overall and pillar scores of each published edition on the profile, as a chart and a table', async () => {
    const cycles = (await (await fetch(`${server.url}/api/public/cycles`)).json()) as { cycles: { year: number }[] };
    const years = cycles.cycles.map((c) => c.year).toSorted();
    const page = await open('/cycles/2024/countries/KEN');
    const chart = page.getByTestId('editions-chart');
    await chart.waitFor();
    // one card for the overall score and one per pillar, each with a bar per edition the country is in
    const overallBars = await chart
      .locator('[data-series="overall"] rect[data-year]')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-year'))));
    expect(overallBars).toEqual(years);
    expect(await chart.locator('li[data-series]').count()).toBeGreaterThanOrEqual(6);
    const rows = await chart.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))));
    expect(rows).toEqual(years);
    expect(await chart.locator('table caption').innerText()).toMatch(/published cycle/);
    // the chart is drawn by the server: it is in the page before any script runs
    const html = await (await fetch(`${server.url}/cycles/2024/countries/KEN`)).text();
    expect(html).toContain('data-testid="editions-chart"');
  });
});
