import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_COLUMNS } from '@gci/shared';
import { ANALYST } from './support/accounts.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

describe.skipIf(!hasChromium)('workbench: a methodology version as a spreadsheet', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let downloaded: Buffer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(server, ANALYST, { page });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const importFile = async (name: string, content: Buffer, key: string) => {
    const form = page.getByTestId('import-sheet');
    await form
      .locator('input[name="file"]')
      .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: content });
    await form.locator('input[name="key"]').fill(key);
    await form.getByRole('button', { name: 'Import as a new draft' }).click();
  };

  it('downloads a version and imports it back as a new draft', async () => {
    await page.goto(`${server.url}/workbench/methodologies`);
    const row = page.locator('tr[data-key="gci-2024-demo"]');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('download-sheet').click()]);
    expect(download.suggestedFilename()).toBe('gci-2024-demo.xlsx');
    downloaded = await readFile(await download.path());

    await importFile('gci-2024-demo.xlsx', downloaded, 'gci-2024-offline');
    await page.waitForURL(/\/workbench\/methodologies\/[0-9a-f-]{36}$/);
    await page.goto(`${server.url}/workbench/methodologies`);
    await page.locator('tr[data-key="gci-2024-offline"][data-status="draft"]').waitFor();
  });

  it('lists the row errors of a refused file and creates nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloaded as unknown as ArrayBuffer);
    workbook
      .getWorksheet('nodes')!
      .getRow(3)
      .getCell(NODE_COLUMNS.indexOf('weight') + 1).value = 'heavy';
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    // the list is counted once it is there (the page fetches it after loading)
    const versions = page.locator('tr[data-key]');
    await page.goto(`${server.url}/workbench/methodologies`);
    await versions.first().waitFor();
    const before = await versions.count();
    await importFile('broken.xlsx', broken, 'gci-2024-broken');
    const error = page.getByTestId('sheet-errors').locator('li[data-row="3"][data-column="weight"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Sheet nodes, row 3, column weight: must be a number');
    expect(page.url()).toMatch(/\/workbench\/methodologies$/);
    await page.reload();
    await versions.first().waitFor();
    expect(await versions.count()).toBe(before);
  });
});
