import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UN_COUNTRIES } from '../../fixtures/un-countries.ts';
import { severeViolations } from './support/accessibility.ts';
import { ADMIN } from './support/accounts.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const PILLARS = ['legal', 'technical', 'organizational', 'capacity', 'cooperation'];

/** A past edition's results as a spreadsheet holds them: every state, pillar scores out of 20, and the overall score. */
function resultsCsv(edit: (cells: string[], i: number) => string[] = (c) => c): string {
  const rows = UN_COUNTRIES.map((c, i) => {
    const pillars = PILLARS.map((_, j) => ((i * 53 + j * 389) % 2001) / 100);
    const overall = Math.round(pillars.reduce((s, v) => s + v, 0) * 100) / 100;
    return edit([c.iso3, ...pillars.map(String), String(overall)], i).join(',');
  });
  return [['iso3', ...PILLARS, 'overall'].join(','), ...rows].join('\n');
}

describe.skipIf(!hasChromium)('importing a past edition from a spreadsheet (admins)', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    dir = await mkdtemp(path.join(os.tmpdir(), 'gci-import-e2e-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function importsPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(server, ADMIN, { page, next: '/admin/imports' });
    await page.getByTestId('import-form').waitFor();
    return page;
  }
  const fill = async (page: Page, file: string, year: string) => {
    await page.getByLabel('Results file (CSV or XLSX)').setInputFiles(file);
    await page.getByLabel('Year of the edition').fill(year);
    await page.getByLabel('Name of the cycle').fill(`GCI ${year}`);
    await page.getByLabel('Source').fill(`ITU, Global Cybersecurity Index ${year}`);
  };

  it('lists every problem of a bad file by row and column, and imports nothing', async () => {
    const page = await importsPage();
    const file = path.join(dir, 'bad.csv');
    await writeFile(
      file,
      resultsCsv((c, i) => (i === 4 ? ['XXX', ...c.slice(1)] : i === 9 ? [c[0]!, '25', ...c.slice(2)] : c)),
    );
    await fill(page, file, '2018');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.getByRole('heading').innerText()).toBe('2 problems in the file: fix them and check again. Nothing was imported.');
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows).toEqual([expect.stringMatching(/^6\s+iso3\s+unknown country XXX$/), expect.stringMatching(/^11\s+legal\s+25 is outside 0–20$/)]);
    expect(await page.getByRole('button', { name: 'Import and publish' }).count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('previews the tier counts, imports on confirmation, and the public results say where they come from', async () => {
    const page = await importsPage();
    const file = path.join(dir, 'gci-2018.csv');
    await writeFile(file, resultsCsv());
    await fill(page, file, '2018');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading').innerText()).toBe('194 countries are ready to import');
    const counts = await preview.locator('tbody tr').allInnerTexts();
    expect(counts).toHaveLength(5);
    expect(counts[0]).toMatch(/^Tier 1 \(from 95\)\s+\d+$/);
    const total = counts.reduce((sum, row) => sum + Number(row.split(/\s+/).at(-1)), 0);
    expect(total).toBe(194);

    await page.getByRole('button', { name: 'Import and publish' }).click();
    await page.getByTestId('confirm-panel').getByRole('button', { name: 'Import and publish' }).click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').innerText()).toContain('Imported 194 countries and published them as the 2018 cycle.');

    await page.getByRole('link', { name: 'See the public results' }).click();
    await page.waitForURL('**/cycles/2018');
    await page.getByText('Imported from ITU, Global Cybersecurity Index 2018').waitFor();
  });
});
