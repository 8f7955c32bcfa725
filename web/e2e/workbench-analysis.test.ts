import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodologyVersionSummary } from '@gci/shared';
import { severeViolations } from './support/accessibility.ts';
import { ANALYST } from './support/accounts.ts';
import { apiFromPage } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { settled } from './support/settled.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

describe.skipIf(!hasChromium)('workbench: tier stability, comparisons and backcasting', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
  let v2024: string;
  let v2020: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const first = await browser.newContext({ locale: 'en-US' });
    const p = await first.newPage();
    await signIn(server, ANALYST, { page: p });
    const listed = await apiFromPage<{ versions: MethodologyVersionSummary[] }>(p, 'GET', '/api/methodologies');
    if (listed.status !== 200) throw new Error(`GET /api/methodologies after signing in: ${listed.status} ${JSON.stringify(listed.json)}`);
    const { versions } = listed.json;
    v2024 = versions.find((v) => v.key === 'gci-2024-demo')!.id;
    v2020 = versions.find((v) => v.key === 'gci-2020-demo')!.id;
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
  });

  afterEach(async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  const progress = () => page.getByRole('progressbar');

  it('runs tier stability in the Web Worker up to 100 %, states what was varied, and flags unsure tiers', async () => {
    await page.goto(`${server.url}/workbench/stability`);
    await page.getByTestId('run-stability').waitFor();
    await page.getByLabel('Draws').fill('4000');
    await page.getByLabel('Seed').fill('7');
    await page.getByTestId('run-stability').click();
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100');
    expect(await progress().getAttribute('aria-valuemax')).toBe('100');
    await page.getByTestId('stability-result').waitFor();
    const varied = await page.getByTestId('varied-statement').innerText();
    expect(varied).toContain('±25 %');
    expect(varied).toContain('4,000 draws from the seed 7');
    expect(varied).toMatch(/5 pillars, 20 indicators, \d+ sub-indicators and 82 questions/);
    expect(varied).toContain('"draws":4000');

    // the count of flagged countries follows the level, and every flagged row is under it
    const flaggedAt = async () => Number((await page.getByTestId('stability-flagged').innerText()).split(' ')[0]);
    const at80 = await flaggedAt();
    expect(await page.locator('[data-testid="stability-table"] tbody tr[data-flagged]').count()).toBe(at80);
    await page.getByLabel('Flag below (%)').fill('99');
    expect(await flaggedAt()).toBeGreaterThanOrEqual(at80);
    const first = page.locator('[data-testid="stability-table"] tbody tr').first();
    expect(await first.locator('[data-testid="probability-bar"] > span').count()).toBeGreaterThan(0);
    expect(await first.locator('[data-testid="probability-text"]').innerText()).toMatch(/Tier \d \d+%/);
    expect(await severeViolations(page)).toEqual([]);

    // the same seed gives the same result
    const firstRun = await page.locator('[data-testid="stability-table"] tbody').innerText();
    await page.getByTestId('run-stability').click();
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100');
    await page.getByTestId('stability-result').waitFor();
    expect(await page.locator('[data-testid="stability-table"] tbody').innerText()).toBe(firstRun);
  });

  it('cancels a long run', async () => {
    await page.goto(`${server.url}/workbench/stability`);
    await page.getByLabel('Draws').fill('50000');
    await page.getByTestId('run-stability').click();
    await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) > 0);
    await page.getByTestId('cancel-stability').click();
    expect(await page.getByRole('status').filter({ hasText: 'Cancelled after' }).innerText()).toMatch(/^Cancelled after [\d,]+ of 50,000 draws\.$/);
    expect(await page.getByTestId('stability-result').count()).toBe(0);
  });

  it('compares a version with a saved scenario: a 5×5 transition matrix and the movers by region', async () => {
    await page.goto(`${server.url}/workbench/compare`);
    const scenario = await apiFromPage<{ id: string }>(page, 'POST', '/api/scenarios', {
      name: 'Technical counts double',
      note: '',
      cycleYear: 2024,
      methodologyVersionId: v2024,
      overrides: { weights: { technical: 2 }, thresholds: {} },
    });
    expect(scenario.status).toBe(201);
    await page.goto(`${server.url}/workbench/compare`);
    await page.getByLabel('Before').selectOption(`version:${v2024}`);
    await page.getByLabel('After').selectOption(`scenario:${scenario.json.id}`);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('transition-matrix').waitFor();
    const matrix = await page.$$eval('[data-testid="transition-matrix"] tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))),
    );
    expect(matrix).toHaveLength(5);
    expect(matrix.every((row) => row.length === 5)).toBe(true);
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(194);
    const offDiagonal = matrix.reduce((sum, row, i) => sum + row.reduce((s, n, j) => s + (i === j ? 0 : n), 0), 0);
    const movers = page.locator('[data-testid="movers"] tbody tr[data-iso3]');
    expect(await movers.count()).toBe(offDiagonal);
    expect(offDiagonal).toBeGreaterThan(0);

    await page.getByLabel('ITU region').selectOption('europe');
    const europe = await movers.evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent));
    expect(europe.length).toBeLessThan(offDiagonal);
    expect(europe.every((region) => region === 'Europe')).toBe(true);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('backcasts the 2020 cycle under the 2024 version: unmatched questions and tier changes', async () => {
    await page.goto(`${server.url}/workbench/backcast?year=2020&version=${v2024}`);
    await page.getByTestId('unmatched-new').waitFor();
    const backcast = (
      await apiFromPage<{ unmatchedNew: string[]; unmatchedOld: string[]; comparison: { changes: unknown[] } }>(
        page,
        'GET',
        `/api/workbench/cycles/2020/backcast?version=${v2024}`,
      )
    ).json;
    expect(Number(await page.getByTestId('unmatched-new').getAttribute('data-count'))).toBe(backcast.unmatchedNew.length);
    expect(Number(await page.getByTestId('unmatched-old').getAttribute('data-count'))).toBe(backcast.unmatchedOld.length);
    expect(await page.getByTestId('unmatched-old').innerText()).toContain(backcast.unmatchedOld[0]!);
    expect(await page.locator('[data-testid="movers"] tbody tr[data-iso3]').count()).toBe(backcast.comparison.changes.length);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('compares the structure of the 2020 and 2024 versions', async () => {
    await page.goto(`${server.url}/workbench/diff?from=${v2020}&to=${v2024}`);
    await page.getByTestId('diff').waitFor();
    expect(Number(await page.locator('[data-section="added"]').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(Number(await page.locator('[data-section="reweighted"]').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('has no serious accessibility violations on the overview, the version list and live weights (also in Arabic)', async () => {
    for (const path of ['/workbench', '/workbench/methodologies', '/workbench/what-if']) {
      await page.goto(`${server.url}${path}`);
      await settled(page);
      await page.locator('h1').first().waitFor();
      expect(await severeViolations(page), path).toEqual([]);
    }
    await page.locator('[data-weight-input="legal"]').fill('0.2');
    await page.locator('details[data-pillar] summary').first().click();
    expect(await severeViolations(page)).toEqual([]);
    await page.locator('select[name="language"]').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.locator('h1').innerText()).not.toBe('Live weights');
    expect(await severeViolations(page)).toEqual([]);
  });
});
