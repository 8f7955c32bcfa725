import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UserListSchema } from '@gci/shared';
import { severeViolations } from './support/accessibility.ts';
import { ADMIN, FRA, KEN, KEN2 } from './support/accounts.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { mailedLink } from './support/mail.ts';
import { settled } from './support/settled.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';
import { totp } from './support/totp.ts';

// The links are read from the mail outbox in the server's database, which another process can read on PostgreSQL only.
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (hasChromium && !POSTGRES_URL) console.warn('TEST_DATABASE_URL is not set: skipping the people browser tests, which read mailed links from PostgreSQL.');

const NEW_PASSWORD = 'a passphrase of my very own';

describe.skipIf(!hasChromium || !POSTGRES_URL)('people: invitations, resets, passwords set by an admin, the people list', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiUser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    // no mail worker: a sent message's link is dropped from the outbox, where these tests read it
    server = await startServer({ postgresUrl: POSTGRES_URL, env: { MAIL_WORKER: 'false' } });
    browser = await launchBrowser();
    admin = await signIn(server, ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  /** The API's answer for a sign-in with these credentials: the session's stage, or the refusal's status. */
  async function loginStage(email: string, password: string): Promise<string | number> {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return response.status === 200 ? ((await response.json()) as { stage: string }).stage : response.status;
  }

  async function signInWithPassword(email: string, password: string): Promise<void> {
    if (!page.url().endsWith('/login')) await page.goto(`${server.url}/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form button[type="submit"]').click();
  }

  /** Opens a mailed link as its recipient, and sets the password with it. */
  async function setPasswordThroughLink(email: string, password: string): Promise<void> {
    const link = await mailedLink(server, email);
    await page.goto(`${server.url}${link}`);
    await page.getByTestId('set-password-form').waitFor();
    expect(page.url()).toBe(`${server.url}${link.split('#')[0]}`); // the secret left the address bar
    expect(await page.getByTestId('link-account').innerText()).toContain(email);
    expect(await severeViolations(page)).toEqual([]);
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(`${password}!`);
    await page.getByTestId('set-password-form').locator('button[type="submit"]').click();
    expect(await page.getByTestId('field-error').innerText()).toBe('The two passwords are not the same.');
    await page.getByLabel('New password again').fill(password);
    await page.getByTestId('set-password-form').locator('button[type="submit"]').click();
    await page.waitForURL(`${server.url}/login`);
    await page.getByTestId('sign-in-notice').waitFor();
    expect(await page.locator('input[name="email"]').inputValue()).toBe(email);
  }

  const row = (email: string) => page.locator(`tr[data-email="${email}"]`);

  it('an admin invites a reviewer, who sets a password through the mailed link, enrols an authenticator by QR code and lands signed in', async () => {
    const email = 'nadia.reviewer@example.org';
    await signIn(server, ADMIN, { page, next: '/admin/people' });
    await page.getByTestId('people-table').waitFor();
    await page.getByTestId('invite-open').click();
    const dialog = page.getByTestId('invite-dialog');
    await dialog.getByLabel('Role').selectOption('focal_point');
    expect(await severeViolations(page)).toEqual([]);
    await dialog.getByLabel('Email address').fill(KEN.email);
    await dialog.getByLabel('Name').fill('Nadia Reviewer');
    await dialog.getByLabel('Role').selectOption('reviewer');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    // the server refuses an email that has an account, at the field
    expect(await dialog.getByTestId('field-error').innerText()).toBe('An account with this email address exists already.');
    await dialog.getByLabel('Email address').fill(email);
    await dialog.getByLabel('Language of their email').selectOption('es');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    expect(await page.getByTestId('people-result').innerText()).toContain(`Invitation sent to ${email}`);
    await row(email).locator('[data-status="invited"]').waitFor();

    await context.clearCookies();
    await setPasswordThroughLink(email, NEW_PASSWORD);
    await signInWithPassword(email, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
    await page.getByRole('button', { name: 'Show my set-up key' }).click();
    const qrCode = page.getByTestId('mfa-qr-code');
    await qrCode.waitFor();
    expect(await qrCode.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await qrCode.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const secret = await page.getByTestId('mfa-secret').innerText();
    await page.getByLabel('Code from your app').fill(totp(secret));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByRole('button', { name: 'I have saved these codes, continue' }).click();
    await page.waitForURL(`${server.url}/review`);
    expect(await page.getByTestId('user-name').innerText()).toBe('Nadia Reviewer');

    // the link worked once
    await page.goto(`${server.url}${await mailedLink(server, email)}`);
    expect(await page.getByTestId('link-gone').innerText()).toContain('This link no longer works');
  });

  it('a forgotten password is reset through the mailed link, and only the new one works', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email address').fill(FRA.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    expect(await page.getByTestId('reset-requested').innerText()).toContain(`If an account uses ${FRA.email}`);

    await setPasswordThroughLink(FRA.email, NEW_PASSWORD);
    await signInWithPassword(FRA.email, NEW_PASSWORD);
    await page.waitForURL(`${server.url}/assessments`);
    expect(await page.getByTestId('user-name').innerText()).toBe(FRA.name);
    expect(await loginStage(FRA.email, FRA.password)).toBe(401);
  });

  it('an account an admin created must change its password before anything else', async () => {
    const email = 'set.by.admin@example.org';
    const created = await admin.request<{ initialPassword: string }>('POST', '/api/users', {
      email,
      name: 'Set By Admin',
      role: 'focal_point',
      country: 'KEN',
    });
    expect(created.status).toBe(201);
    await signInWithPassword(email, created.json.initialPassword);
    const form = page.getByTestId('change-password-form');
    await form.waitFor();
    expect(await form.locator('input[name="currentPassword"]').count()).toBe(0); // the password just typed
    expect(await page.getByTestId('user-menu').count()).toBe(0); // not signed in yet

    await form.getByLabel('New password', { exact: true }).fill('set.by.admin forever');
    await form.getByLabel('New password again').fill('set.by.admin forever');
    await form.getByRole('button', { name: 'Change my password' }).click();
    expect(await form.getByTestId('field-error').innerText()).toContain('must not contain the part of your email address before the @');

    await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('New password again').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change my password' }).click();
    await page.waitForURL(`${server.url}/assessments`);
    expect(await page.getByTestId('user-name').innerText()).toBe('Set By Admin');
    expect(await loginStage(email, NEW_PASSWORD)).toBe('active');
  });

  it('the people list filters, sorts and pages from the address; an account is deactivated, reactivated and made lead', async () => {
    const all = UserListSchema.parse((await admin.request('GET', '/api/users?pageSize=100')).json);
    const focalPoints = all.users.filter((u) => u.role === 'focal_point').length;
    await signIn(server, ADMIN, { page, next: '/admin/people?pageSize=4' });
    await page.getByTestId('people-table').waitFor();
    expect(await severeViolations(page)).toEqual([]);
    expect(await page.getByTestId('people-count').innerText()).toBe(`${all.total} people`);
    expect(await page.locator('tbody tr').count()).toBe(4);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=2/);
    await settled(page);
    expect(await page.getByRole('navigation', { name: 'Pages of the table' }).innerText()).toContain(`Rows 5–8 of ${all.total}`);

    const filters = page.getByTestId('people-filters');
    await filters.getByLabel('Role').selectOption('focal_point');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('role') === 'focal_point' && !url.searchParams.has('page'));
    await settled(page);
    expect(await page.getByTestId('people-count').innerText()).toBe(`${focalPoints} people`);
    expect(new Set(await page.locator('tbody tr td:nth-child(3)').allInnerTexts())).toEqual(new Set(['Focal point']));

    await page.getByRole('button', { name: 'Email address' }).click();
    await page.waitForURL(/sort=email/);
    await settled(page);
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain('Email address');

    // the address is the list: a reload shows the same filters and rows
    await page.goto(`${server.url}/admin/people?search=otieno&role=focal_point`);
    await page.getByTestId('people-table').waitFor();
    expect(await filters.getByLabel('Role').inputValue()).toBe('focal_point');
    expect(await filters.getByLabel('Name or email').inputValue()).toBe('otieno');
    expect(await page.locator('tbody tr').count()).toBe(1);

    await row(KEN2.email).locator('button[data-action="deactivate"]').click();
    await page.getByTestId('confirm-panel').getByRole('button', { name: 'Deactivate' }).click();
    await row(KEN2.email).locator('[data-status="deactivated"]').waitFor();
    expect(await loginStage(KEN2.email, KEN2.password)).toBe(401);
    await row(KEN2.email).locator('button[data-action="reactivate"]').click();
    await page.getByTestId('confirm-panel').getByRole('button', { name: 'Reactivate' }).click();
    await row(KEN2.email).locator('[data-status="active"]').waitFor();
    expect(await loginStage(KEN2.email, KEN2.password)).toBe('active');

    // made lead of Kenya's team, Wanjiru finds it under "My team" and may invite colleagues there
    await page.goto(`${server.url}/admin/people?search=${encodeURIComponent(KEN.email)}`);
    await row(KEN.email).locator('button[data-action="edit"]').click();
    const dialog = page.getByTestId('edit-person-dialog');
    expect(await dialog.getByTestId('signs-out-warning').count()).toBe(0);
    await dialog.getByLabel(/Lead focal point/).check();
    await dialog.getByTestId('signs-out-warning').waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await row(KEN.email).getByText('Lead', { exact: true }).waitFor();

    await context.clearCookies();
    await signIn(server, KEN, { page, next: '/assessments' });
    await page.getByRole('link', { name: 'My team' }).click();
    await page.getByTestId('people-table').waitFor();
    const team = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-email')));
    expect(team).toEqual(expect.arrayContaining([KEN.email, KEN2.email]));
    expect(await page.getByTestId('people-filters').getByLabel('Role').count()).toBe(0);
  });
});
