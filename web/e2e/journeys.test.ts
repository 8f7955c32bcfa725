import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { questionsByKey } from '@gci/shared';
import { ADMIN, ANALYST, FRA, KEN, REVIEWER, type Account } from './support/accounts.ts';
import { answerAndSubmit, answerRequired } from './support/answer-and-submit.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { waitAllSaved } from './support/questionnaire-page.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';
import { freshTotp } from './support/totp.ts';

/** Every role's day, from issue 21: where each lands, where the page scrolls, what stays on screen. */
describe.skipIf(!hasChromium)('journeys: landing pages, scroll positions, submission, gap drill-down', () => {
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

  async function newPage(viewport = { width: 1366, height: 900 }, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  /** Through the sign-in page itself, with no `next`: where the role lands is the point. */
  async function signInByForm(page: Page, account: Account): Promise<void> {
    await page.goto(`${server.url}/login`);
    await page.locator('input[name="email"]').fill(account.email);
    await page.locator('input[name="password"]').fill(account.password);
    await page.locator('form button[type="submit"]').click();
    if (account.totpSecret) {
      await page.getByLabel('Verification code').fill(await freshTotp(server, account.email, account.totpSecret));
      await page.getByRole('button', { name: 'Verify' }).click();
    }
  }

  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

  it('opens a country profile at its top from far down a tier list, and back returns to the list where it was', async () => {
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await newPage(viewport);
      await page.goto(`${server.url}/cycles/2024`);
      const links = page.locator('section[data-tier] li[data-iso3] a');
      await links.first().waitFor();
      // the page arrives rendered by the server; the map is drawn once it has hydrated, and from then on
      // a click is the app's navigation (before it, a plain page load, which opens at the top anyway)
      await page.locator('path[data-iso3]').first().waitFor();
      const last = links.last();
      const iso3 = await last.evaluate((a) => a.closest('li')!.getAttribute('data-iso3'));
      const name = await last.innerText();
      await last.scrollIntoViewIfNeeded();
      const listY = await scrollY(page);
      expect(listY).toBeGreaterThan(viewport.height); // far down the page: the case the issue saw
      await last.click();
      await page.waitForURL(`${server.url}/cycles/2024/countries/${iso3}`);
      // the profile itself is on screen (the address changes a moment before the page does)
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(await scrollY(page)).toBe(0);
      await page.goBack();
      await page.waitForURL(`${server.url}/cycles/2024`);
      await links.first().waitFor();
      await page.waitForFunction((y) => window.scrollY === y, listY);
    }
  });

  it('brings the countries behind a gap cell into view and gives them the focus', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/cycles/2024/gaps`);
    const list = page.getByTestId('gap-countries');
    await list.waitFor();
    const cell = page.locator('tr[data-indicator] td[data-region="all"] button').first();
    await cell.click();
    await page.waitForURL(/indicator=/);
    await list.locator('li[data-iso3]').first().waitFor();
    // the heading of the list has the focus, and the list's top is inside the window
    await page.waitForFunction(() => document.activeElement?.id === 'gap-countries-title');
    const box = await page.locator('#gap-countries-title').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
  });

  it('answers a gap cell pressed before the page’s scripts ran, once they have', async () => {
    const page = await newPage();
    // the entry script is held back: until the cell is pressed, the page is the server's HTML alone
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${server.url}/cycles/2024/gaps`, { waitUntil: 'commit' });
    const cell = page.locator('tr[data-indicator] td[data-region="all"] button').first();
    const indicator = await cell.locator('xpath=ancestor::tr').getAttribute('data-indicator');
    await cell.click();
    release();
    await page.waitForURL(new RegExp(`indicator=${indicator}`));
    await page.getByTestId('gap-countries').locator('li[data-iso3]').first().waitFor();
  });

  it('lands each role where its work is, and orders the review queue with what waits for review first', async () => {
    // France submits, so the queue has a submitted assessment whose deadline is not the soonest.
    const fra = await signIn(server, FRA);
    const fraId = (await fra.openAssessment(2026)).id;
    await answerAndSubmit(fra, fraId);

    const landings: [Account, string][] = [
      [REVIEWER, '/review'],
      [ANALYST, '/workbench'],
      [ADMIN, '/admin/overview'],
      [KEN, '/assessments'],
    ];
    for (const [account, path] of landings) {
      const page = await newPage();
      await signInByForm(page, account);
      await page.waitForURL(`${server.url}${path}`);
      if (account === REVIEWER) {
        const rows = page.locator('[data-testid="review-queue"] tbody tr');
        await rows.first().waitFor();
        const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
        const waiting = statuses.filter((s) => s === 'submitted' || s === 'resubmitted').length;
        expect(waiting).toBeGreaterThan(0);
        // every waiting one precedes every other
        expect(statuses.slice(0, waiting).every((s) => s === 'submitted' || s === 'resubmitted')).toBe(true);
        expect(await rows.first().getAttribute('data-assessment-id')).toBe(fraId);
      }
      if (account === ADMIN) {
        await page.locator('tr[data-year="2026"]').waitFor();
        expect(Number(await page.locator('tr[data-year="2026"] [data-testid="awaiting-review"]').innerText())).toBeGreaterThanOrEqual(1);
        const admins = await signIn(server, ADMIN);
        const { json } = await admins.request<{ total: number }>('GET', '/api/users?role=reviewer&pageSize=1');
        expect(await page.getByTestId('people-reviewer').innerText()).toBe(String(json.total));
      }
    }
  });

  it('lists a staff member’s assessments by country name in their language, not by code', async () => {
    const page = await newPage({ width: 1366, height: 900 }, 'fr-FR');
    await signIn(server, ANALYST, { page, next: '/assessments' });
    const rows = page.locator('tr[data-year="2026"] th');
    await rows.first().waitFor();
    const names = await rows.allInnerTexts();
    const collator = new Intl.Collator('fr', { sensitivity: 'base' });
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual(names.toSorted((a, b) => collator.compare(a, b)));
  });

  it('after submitting, closes the confirmation and says the questionnaire was submitted, also after a reload', async () => {
    const ken = await signIn(server, KEN);
    const id = (await ken.openAssessment(2026)).id;
    // everything but the submission itself through the API: the panel is what is tested
    const page = await newPage();
    await signIn(server, KEN, { page });
    await answerRequired(ken, id);
    await page.goto(`${server.url}/assessments/${id}?view=submit`);
    await waitAllSaved(page);
    await page.getByTestId('submission-ready').waitFor();
    await page.getByRole('button', { name: 'Submit the questionnaire' }).click();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByTestId('submission-done').waitFor();
    expect(await page.getByRole('button', { name: 'Yes, submit' }).count()).toBe(0);
    expect(await page.getByTestId('submission-ready').count()).toBe(0);
    await page.reload();
    await page.getByTestId('submission-done').waitFor();
    expect(await page.getByTestId('submission-done').innerText()).toMatch(/^Submitted on .+\. The answers stay locked/);
    expect(await page.getByText('You can submit the questionnaire').count()).toBe(0);
  });

  it('shows the focal point of a returned questionnaire why: the reason, each flagged question with its thread, and the next one', async () => {
    const fra = await signIn(server, FRA);
    const id = (await fra.openAssessment(2026)).id;
    if ((await fra.openAssessment(2026)).status !== 'submitted') await answerAndSubmit(fra, id); // when run alone
    const detail = await fra.detail(id);
    const questions = questionsByKey(detail.methodology);
    // two answered questions of different pillars, in questionnaire order
    const answered = [...questions.keys()].filter((key) => key in detail.answers);
    const first = answered[0]!;
    const second = answered.find((key) => questions.get(key)!.pillarKey !== questions.get(first)!.pillarKey)!;
    const reviewer = await signIn(server, REVIEWER);
    expect((await reviewer.request('POST', `/api/assessments/${id}/transitions`, { action: 'start_review' })).status).toBe(200);
    expect((await reviewer.request('POST', `/api/assessments/${id}/threads`, { questionKey: first, body: 'Please cite the act and attach it.' })).status).toBe(
      201,
    );
    const returned = await reviewer.request('POST', `/api/assessments/${id}/transitions`, {
      action: 'return',
      comment: 'Two answers need their sources.',
      questionKeys: [first, second],
    });
    expect(returned.json).toEqual({ status: 'returned' });

    const page = await newPage();
    await signIn(server, FRA, { page, next: `/assessments/${id}` });
    const banner = page.getByTestId('returned-banner');
    await banner.waitFor();
    expect(await banner.getByTestId('returned-reason').innerText()).toBe('Two answers need their sources.');
    expect(await banner.locator('li[data-question-key]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-question-key')))).toEqual([first, second]);

    await page.getByTestId('next-returned').click();
    await page.waitForURL((url) => url.hash === `#q-${first}`);
    const flag = page.locator(`section[data-question-key="${first}"] [data-testid="returned-flag"]`);
    await flag.waitFor();
    expect(await flag.getByTestId('returned-comment').innerText()).toContain('Please cite the act and attach it.');
    await page.getByTestId('next-returned').click();
    await page.waitForURL((url) => url.hash === `#q-${second}` && url.searchParams.get('pillar') === questions.get(second)!.pillarKey);
    await page.locator(`section[data-question-key="${second}"] [data-testid="returned-flag"]`).waitFor();
    // unflagged questions carry no flag
    expect(await page.locator('[data-testid="returned-flag"]').count()).toBe(1);

    // A whole-number question: the hint and the error state the same rule.
    const integerKey = answered.find((key) => {
      const spec = questions.get(key)!.node.question;
      return spec.type === 'number' && spec.integer === true;
    });
    expect(integerKey).toBeDefined();
    await page.goto(`${server.url}/assessments/${id}?pillar=${questions.get(integerKey!)!.pillarKey}#q-${integerKey}`);
    const field = page.locator(`section[data-question-key="${integerKey}"]`);
    await field.locator('input[inputmode="numeric"]').fill('abc');
    expect(await field.locator('.field-hint').innerText()).toContain('A whole number');
    expect(await field.locator('.field-error').innerText()).toBe('Enter a whole number, for example 12.');
    await field.locator('input[inputmode="numeric"]').fill('');
  });
});
