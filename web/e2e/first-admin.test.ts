import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/start-server.ts';
import { totp } from './support/totp.ts';

const ADMIN = { email: 'amina.yusuf@example.org', name: 'Amina Yusuf', password: 'the very first passphrase' };

describe.skipIf(!hasChromium)('the first admin, from an empty database', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ seed: false });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is created through the setup link the server prints, then enrols an authenticator and signs in', async () => {
    const link = /\/setup#[A-Za-z0-9_-]{43}/.exec(server.output())?.[0];
    expect(link, 'the setup link in the server log').toBeDefined();
    await page.goto(`${server.url}${link}`);
    const form = page.getByTestId('set-password-form');
    await form.waitFor();
    expect(page.url()).toBe(`${server.url}/setup`);
    await form.getByLabel('Email address').fill(ADMIN.email);
    await form.getByLabel('Your name').fill(ADMIN.name);
    await form.getByLabel('New password', { exact: true }).fill('short');
    await form.getByLabel('New password again').fill('short');
    await form.getByRole('button', { name: 'Create the administrator' }).click();
    expect(await form.getByTestId('field-error').innerText()).toBe('Use at least 12 characters.');
    await form.getByLabel('New password', { exact: true }).fill(ADMIN.password);
    await form.getByLabel('New password again').fill(ADMIN.password);
    await form.getByRole('button', { name: 'Create the administrator' }).click();

    await page.waitForURL(`${server.url}/login`);
    expect(await page.locator('input[name="email"]').inputValue()).toBe(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('button', { name: 'Show my set-up key' }).click();
    await page.getByTestId('mfa-qr-code').waitFor();
    await page.getByLabel('Code from your app').fill(totp(await page.getByTestId('mfa-secret').innerText()));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByRole('button', { name: 'I have saved these codes, continue' }).click();
    await page.waitForURL(`${server.url}/admin/overview`); // an administrator lands on the overview
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL(`${server.url}/admin/people`);
    await page.locator(`tr[data-email="${ADMIN.email}"]`).waitFor();

    // once an admin exists, the setup link is spent
    await page.goto(`${server.url}${link}`);
    expect(await page.getByTestId('link-gone').innerText()).toContain('only while the platform has no administrator');
    expect(pageErrors).toEqual([]);
  });
});
