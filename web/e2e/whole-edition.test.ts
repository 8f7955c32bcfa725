import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../server/test/smtp-test-server.ts';
import type { Account } from './support/accounts.ts';
import { answerAndSubmit } from './support/answer-and-submit.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';
import { freshTotp } from './support/totp.ts';

const DAY = 86_400_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** The people of the edition; staff get their authenticator's secret when they enrol. */
const people = {
  admin: { email: 'amina.yusuf@example.org', name: 'Amina Yusuf', password: 'the first admin passphrase' } as Account,
  analyst: { email: 'li.wei@example.org', name: 'Li Wei', password: 'an analyst passphrase' } as Account,
  reviewer: { email: 'nadia.haddad@example.org', name: 'Nadia Haddad', password: 'a reviewer passphrase' } as Account,
  KEN: { email: 'wanjiru.kamau@example.org', name: 'Wanjiru Kamau', password: 'kenya focal passphrase' } as Account,
  FRA: { email: 'claire.martin@example.org', name: 'Claire Martin', password: 'france focal passphrase' } as Account,
  BRA: { email: 'joao.silva@example.org', name: 'João Silva', password: 'brazil focal passphrase' } as Account,
};
const COUNTRIES = ['BRA', 'FRA', 'KEN'] as const;
const RETURNED_QUESTION = 'legal.cybercrime.substantive_law';

const databases: [string, string | undefined][] = [['PGlite', undefined]];
if (POSTGRES_URL) databases.push(['PostgreSQL', POSTGRES_URL]);

/**
 * A whole edition, as the people running one would go through it, from an empty database (no demo)
 * to published results: every account is created through a mailed link read from a real SMTP server.
 * The questionnaires are answered through the API (the questionnaire's screens have tests of their
 * own); everything an operator does is done on the screens.
 */
// one test walks a whole edition (a dozen pages and as many saves): longer than the project's 60 s on a busy machine
describe.skipIf(!hasChromium).each(databases)('a whole edition from an empty database, on %s', { timeout: 300_000 }, (_name, postgresUrl) => {
  let smtp: TestSmtpServer;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    server = await startServer({ seed: false, postgresUrl, env: { SMTP_URL: smtp.url, SMTP_TLS_VERIFY: 'false', MAIL_FROM: 'GCI <gci@example.org>' } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  /** A new browser session (no cookies), as another person at another desk. */
  async function freshPage(): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  /** The path and fragment of the newest link mailed to someone, read from what the SMTP server received. */
  async function linkMailedTo(email: string): Promise<string> {
    for (let i = 0; i < 150; i++) {
      const mail = smtp.received.filter((m) => m.to.includes(email)).at(-1);
      const link = mail?.parsed.text?.match(/https?:\/\/[^\s]+\/(welcome|reset-password|setup)#[A-Za-z0-9_-]{43}/)?.[0];
      if (link) return new URL(link).pathname + new URL(link).hash;
      await new Promise((resolve) => setTimeout(resolve, 200)); // the worker looks at the outbox every few seconds
    }
    throw new Error(`no link mailed to ${email}`);
  }

  /** Chooses a password on a link's page, then signs in with it on the page it leads to. */
  async function setPasswordAndSignIn(link: string, account: Account, setup?: { email: string; name: string }): Promise<void> {
    await page.goto(`${server.url}${link}`);
    const form = page.getByTestId('set-password-form');
    await form.waitFor();
    if (setup) {
      await form.getByLabel('Email address').fill(setup.email);
      await form.getByLabel('Your name').fill(setup.name);
    }
    await form.getByLabel('New password', { exact: true }).fill(account.password);
    await form.getByLabel('New password again').fill(account.password);
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(`${server.url}/login`);
    expect(await page.locator('input[name="email"]').inputValue()).toBe(account.email);
    await page.locator('input[name="password"]').fill(account.password);
    await page.locator('form button[type="submit"]').click();
  }

  /** Staff enrol an authenticator by its QR code (the key as text is what the test reads) and keep its secret. */
  async function enrolAuthenticator(account: Account, landing: string): Promise<void> {
    await page.getByRole('button', { name: 'Show my set-up key' }).click();
    await page.getByTestId('mfa-qr-code').waitFor();
    account.totpSecret = await page.getByTestId('mfa-secret').innerText();
    // through freshTotp, so later sign-ins take a newer step than the one enrolment used
    await page.getByLabel('Code from your app').fill(await freshTotp(server, account.email, account.totpSecret));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByRole('button', { name: 'I have saved these codes, continue' }).click();
    await page.waitForURL(`${server.url}${landing}`);
  }

  async function invite(account: Account, role: string, country?: string): Promise<void> {
    await page.getByTestId('invite-open').click();
    const dialog = page.getByTestId('invite-dialog');
    await dialog.getByLabel('Email address', { exact: true }).fill(account.email);
    await dialog.getByLabel('Name', { exact: true }).fill(account.name);
    await dialog.getByLabel('Role', { exact: true }).selectOption(role);
    if (country) await dialog.getByLabel('Country', { exact: true }).selectOption(country);
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await page.locator(`tr[data-email="${account.email}"] [data-status="invited"]`).waitFor();
  }

  const steps = () => page.getByTestId('cycle-steps');
  /** An admin's step on the cycle's page, confirmed, and the state it leads to. */
  async function takeStep(step: string, status: string): Promise<void> {
    await steps().locator(`button[data-step="${step}"]`).click();
    await steps().getByTestId('step-confirm').getByRole('button').first().click();
    await page.locator(`section[data-status="${status}"]`).waitFor();
  }

  it('goes from the first admin to published results, with nothing done by hand in the database', async () => {
    // The first start of an empty database prints a single-use setup link: the first admin comes from it.
    const setupLink = /\/setup#[A-Za-z0-9_-]{43}/.exec(server.output())?.[0];
    expect(setupLink, 'the setup link in the server log').toBeDefined();
    await freshPage();
    await setPasswordAndSignIn(setupLink!, people.admin, people.admin);
    await enrolAuthenticator(people.admin, '/admin/overview');

    // The admin invites the team; each invitation arrives by mail.
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.waitForURL(`${server.url}/admin/people`);
    await page.getByTestId('people-table').waitFor();
    await invite(people.analyst, 'analyst');
    await invite(people.reviewer, 'reviewer');
    for (const iso3 of COUNTRIES) await invite(people[iso3], 'focal_point', iso3);

    // Each sets a password through their link; staff enrol an authenticator.
    // each lands where their work is
    for (const [account, staff, landing] of [
      [people.analyst, true, '/workbench'],
      [people.reviewer, true, '/review'],
      [people.KEN, false, '/assessments'],
      [people.FRA, false, '/assessments'],
      [people.BRA, false, '/assessments'],
    ] as const) {
      await freshPage();
      await setPasswordAndSignIn(await linkMailedTo(account.email), account);
      if (staff) await enrolAuthenticator(account, landing);
      else await page.waitForURL(`${server.url}${landing}`);
    }

    // The analyst starts the first methodology from the built-in template and publishes it.
    await freshPage();
    await signIn(server, people.analyst, { page, next: '/workbench/methodologies' });
    await page.getByLabel('Clone from').selectOption('template:gci-2024');
    await page.getByLabel('Key of the new version').fill('gci-2026');
    await page.getByLabel('Name in English (optional)').fill('GCI 2026');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/workbench\/methodologies\/[0-9a-f-]{36}$/);
    await page.locator('[data-move="published"]').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Publish' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="version-header"] [data-status]')?.textContent === 'Published');

    // The admin creates the cycle for three countries and opens it.
    await freshPage();
    await signIn(server, people.admin, { page, next: '/admin/cycles' });
    const form = page.getByTestId('cycle-form');
    await form.getByLabel('Year', { exact: true }).fill('2026');
    await form.getByLabel('Name', { exact: true }).fill('GCI 2026');
    await form.getByLabel('Opens on', { exact: true }).fill(dayFromToday(0));
    await form.getByLabel('Closes on', { exact: true }).fill(dayFromToday(30));
    await form.getByLabel('Validation window ends on', { exact: true }).fill(dayFromToday(45));
    for (const [iso3, region] of [
      ['KEN', 'africa'],
      ['FRA', 'europe'],
      ['BRA', 'americas'],
    ] as const) {
      await form.locator(`[data-region="${region}"] summary`).click();
      await form.locator(`input[value="${iso3}"]`).check();
    }
    await form.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/admin\/cycles\/[0-9a-f-]{36}$/);
    await takeStep('open', 'open');
    expect(await page.locator('tr[data-status="not_started"]').count()).toBe(3);

    // The focal points answer and submit.
    const focal: Record<(typeof COUNTRIES)[number], ApiUser> = {
      KEN: await signIn(server, people.KEN),
      FRA: await signIn(server, people.FRA),
      BRA: await signIn(server, people.BRA),
    };
    const assessmentOf: Record<string, string> = {};
    for (const iso3 of COUNTRIES) {
      assessmentOf[iso3] = (await focal[iso3].openAssessment(2026)).id;
      await answerAndSubmit(focal[iso3], assessmentOf[iso3]);
    }

    // The reviewer returns one of Kenya's questions; Kenya answers it again and resubmits; all three are validated.
    const reviewer = await signIn(server, people.reviewer);
    const act = async (who: ApiUser, iso3: string, action: string, body: object = {}) =>
      (await who.request('POST', `/api/assessments/${assessmentOf[iso3]}/transitions`, { action, ...body })).json;
    for (const iso3 of COUNTRIES) expect(await act(reviewer, iso3, 'start_review')).toEqual({ status: 'in_review' });
    expect(await act(reviewer, 'KEN', 'return', { comment: 'Please give the article numbers.', questionKeys: [RETURNED_QUESTION] })).toEqual({
      status: 'returned',
    });
    const answer = (await focal.KEN.detail(assessmentOf.KEN!)).answers[RETURNED_QUESTION]!;
    expect(await focal.KEN.save(assessmentOf.KEN!, RETURNED_QUESTION, 'partial', answer.version)).toBe(200);
    expect(await act(focal.KEN, 'KEN', 'resubmit')).toEqual({ status: 'resubmitted' });
    expect(await act(reviewer, 'KEN', 'start_review')).toEqual({ status: 'in_review' });
    // the return opened a revision thread: the reviewer resolves it, satisfied
    const { threads } = (
      await reviewer.request<{ threads: { id: string; status: string; kind: string }[] }>('GET', `/api/assessments/${assessmentOf.KEN}/threads`)
    ).json;
    const open = threads.filter((t) => t.status === 'open');
    expect(open.map((t) => t.kind)).toEqual(['revision']);
    for (const thread of open) expect((await reviewer.request('POST', `/api/threads/${thread.id}/resolve`)).status).toBe(204);
    for (const iso3 of COUNTRIES) expect(await act(reviewer, iso3, 'validate')).toEqual({ status: 'validated' });

    // The admin closes the cycle and opens its validation window, then ends it (the window has "passed").
    await page.reload();
    await takeStep('close', 'closed');
    await takeStep('start_validation', 'validation');
    await takeStep('end_validation', 'validation');
    expect((await fetch(`${server.url}/api/public/cycles/2026/results`)).status).toBe(404); // nothing public yet

    // The analyst publishes.
    await freshPage();
    await signIn(server, people.analyst, { page, next: '/workbench/cycles' });
    const card = page.locator('[data-cycle-year="2026"]');
    await card.locator('button[data-publish-cycle]').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('new-publication').waitFor();

    // The public sees the three countries, each in its tier.
    await freshPage();
    await page.goto(`${server.url}/cycles/2026`);
    await page.locator('section[data-tier] li[data-iso3]').first().waitFor();
    const placed = await page.$$eval('section[data-tier] li[data-iso3]', (items) =>
      items.map((li) => [li.getAttribute('data-iso3'), li.closest('section')!.getAttribute('data-tier')] as const),
    );
    expect(placed.map(([iso3]) => iso3).sort()).toEqual([...COUNTRIES]);
    expect(placed.every(([, tier]) => /^[1-5]$/.test(tier ?? ''))).toBe(true);
    // everyone who was mailed got their mail from the SMTP server, from the sender configured
    expect(smtp.received.every((m) => m.parsed.from?.text.includes('gci@example.org'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
