import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ADMIN, FRA, KEN, REVIEWER, type Account } from './support/accounts.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { choose, openPillar, question, waitAllSaved } from './support/questionnaire-page.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/**
 * Issue 21, the items built without a browser test: the offer of last cycle's answers (item 6),
 * evidence upload progress and cancel, and "Load more" paging (item 11), the review queue's
 * country filter (item 9).
 */
// a test may first write a few hundred rows through the API, and walks tables page by page: minutes on a loaded machine
describe.skipIf(!hasChromium)('journeys: prefill offer, upload progress, load more, queue country filter', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ postgresUrl: POSTGRES_URL });
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

  async function newPage(locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function signedInPage(account: Account, next: string, locale = 'en-US'): Promise<Page> {
    const page = await newPage(locale);
    await signIn(server, account, { page, next });
    return page;
  }

  /** The questionnaire has loaded (the save status is the client's). */
  const questionnaireReady = (page: Page) => page.getByTestId('save-status').waitFor();

  it('keeps the offer of last cycle’s answers after an answer is saved, and "No thanks" removes it for good', async () => {
    const api = await signIn(server, FRA);
    const { id } = await api.openAssessment(2026);
    expect((await api.detail(id)).prefillFrom?.year).toBe(2024);

    const page = await signedInPage(FRA, `/assessments/${id}`);
    const offer = page.getByTestId('prefill-offer');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('You answered this questionnaire in 2024');

    // An answer saved first does not take the offer away: it then fills only what is unanswered.
    const key = 'legal.regulation.data_protection.breach_notification';
    await openPillar(page, 'legal');
    await choose(page, key, 'Absent');
    await waitAllSaved(page);
    await offer.getByTestId('prefill-only-unanswered').waitFor();
    expect(await offer.getByRole('button', { name: 'Fill the unanswered questions from 2024' }).isVisible()).toBe(true);
    await page.reload();
    await questionnaireReady(page);
    await offer.waitFor();
    expect((await api.detail(id)).prefillFrom?.year).toBe(2024);

    // Declined: gone now, gone after a reload, and the answer saved stays.
    await offer.getByRole('button', { name: 'No thanks, start without them' }).click();
    await offer.waitFor({ state: 'detached' });
    const after = await api.detail(id);
    expect(after.prefillFrom).toBeNull();
    expect(after.answers[key]).toMatchObject({ value: 'absent', carriedOver: false });
    await page.reload();
    await questionnaireReady(page);
    await question(page, key).waitFor();
    expect(await page.getByTestId('prefill-offer').count()).toBe(0);
    expect(Object.values(after.answers).filter((a) => a.carriedOver)).toEqual([]);
  });

  it('shows the upload’s progress and cancels it (nothing added), then an upload completes and is listed', async () => {
    const api = await signIn(server, KEN);
    const { id } = await api.openAssessment(2026);
    const key = 'legal.cybercrime.substantive_law'; // evidence required
    const existing = (await api.detail(id)).answers[key];
    if (!existing) expect(await api.save(id, key, 'in_place', 0)).toBe(200);
    const evidenceBefore = (await api.detail(id)).answers[key]?.evidence ?? [];

    const page = await signedInPage(KEN, `/assessments/${id}`);
    await questionnaireReady(page);
    await openPillar(page, 'legal');
    const card = question(page, key);
    const panel = card.getByTestId('evidence');
    await panel.waitFor();
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').first().click();
    const form = card.getByTestId('evidence-upload');
    const progress = form.getByTestId('upload-progress');

    // A slow line (2 MB at 64 kB/s): the upload is still going when the bar shows part of it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 64 * 1024 });
    await form.locator('input[type="file"]').setInputFiles({ name: 'large.pdf', mimeType: 'application/pdf', buffer: pdf(2 * 1024 * 1024) });
    await form.getByLabel('Title (optional)').fill('Cancelled upload');
    await form.getByRole('button', { name: 'Upload' }).click();
    await progress.locator('progress').waitFor();
    await page.waitForFunction((selector) => {
      const bar = document.querySelector<HTMLProgressElement>(selector);
      return bar !== null && bar.position > 0 && bar.position < 1;
    }, `section[data-question-key="${key}"] [data-testid="upload-progress"] progress`);
    await form.getByTestId('upload-cancel').click();
    await form.getByTestId('upload-cancelled').waitFor();
    expect(await progress.count()).toBe(0);
    expect(await form.getByRole('button', { name: 'Upload' }).isEnabled()).toBe(true);
    expect(await card.locator('a', { hasText: 'Cancelled upload' }).count()).toBe(0);
    expect((await api.detail(id)).answers[key]?.evidence ?? []).toEqual(evidenceBefore);

    // Back at full speed, a real upload completes and is listed.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await form.locator('input[type="file"]').setInputFiles({ name: 'gazette.pdf', mimeType: 'application/pdf', buffer: pdf(4 * 1024) });
    await form.getByLabel('Title (optional)').fill('Official gazette');
    await form.getByRole('button', { name: 'Upload' }).click();
    await card.locator('a', { hasText: 'Official gazette' }).waitFor();
    expect(await form.getByTestId('upload-cancelled').count()).toBe(0);
    const evidence = (await api.detail(id)).answers[key]?.evidence ?? [];
    expect(evidence.map((e) => e.title)).toEqual([...evidenceBefore.map((e) => e.title), 'Official gazette']);
  });

  it('pages the audit log with "Load more": the next entries follow, none twice', async () => {
    const admin = await signIn(server, ADMIN);
    const AuditPage = z.object({ entries: z.array(z.object({ id: z.number() })), next: z.string().nullable() });
    const first = AuditPage.parse((await admin.request('GET', '/api/audit')).json);
    // the log must be longer than a page (200 entries): each edit of a country writes to it
    const Country = z.object({ country: z.object({ version: z.number(), region: z.string() }) });
    let { country } = Country.parse((await admin.request('GET', '/api/countries/KEN')).json);
    for (let missing = first.next ? 0 : 201 - first.entries.length; missing > 0; missing--) {
      const edited = await admin.request('PATCH', '/api/countries/KEN', { version: country.version, region: country.region });
      expect(edited.status).toBe(200);
      country = Country.parse(edited.json).country;
    }

    const page = await signedInPage(ADMIN, '/admin/audit');
    const table = page.locator('main table');
    await table.locator('tbody tr[data-entry-id]').first().waitFor();
    const more = page.getByTestId('audit-more');
    await more.waitFor();
    // read after the browser's sign-in, which the log records too
    const firstPage = AuditPage.parse((await admin.request('GET', '/api/audit')).json);
    expect(firstPage.next).not.toBeNull();
    const before = await allRowIds(page, table, 'data-entry-id');
    expect(before).toEqual(firstPage.entries.map((e) => String(e.id)));

    await more.click();
    await page
      .getByTestId('audit-count')
      .filter({ hasNotText: String(before.length) })
      .waitFor();
    // the table opens the page of the first entry added, not the first page again
    const shown = await visibleRowIds(table, 'data-entry-id');
    const after = await allRowIds(page, table, 'data-entry-id');
    expect(shown[0]).toBe(after[before.length]);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after).size).toBe(after.length);
    // newest first across the two pages
    const ids = after.map(Number);
    expect(ids).toEqual(ids.toSorted((a, b) => b - a));
  });

  it('pages the notifications with "Load more": the next notices follow, none twice', async () => {
    const ken = await signIn(server, KEN);
    const reviewer = await signIn(server, REVIEWER);
    const Inbox = z.object({ notifications: z.array(z.object({ id: z.string() })), next: z.string().nullable() });
    let inbox = Inbox.parse((await ken.request('GET', '/api/notifications')).json);
    if (!inbox.next) {
      // each comment of a reviewer notifies the country's team
      const { id } = await ken.openAssessment(2026);
      const opened = await reviewer.request<{ id?: string; threadId?: string }>('POST', `/api/assessments/${id}/threads`, { body: 'Comment 0' });
      expect(opened.status).toBe(201);
      const threadId = opened.json.id ?? opened.json.threadId;
      for (let n = 1; n <= 100 - inbox.notifications.length; n++) {
        expect((await reviewer.request('POST', `/api/threads/${threadId}/comments`, { body: `Comment ${n}` })).status).toBe(204);
      }
      inbox = Inbox.parse((await ken.request('GET', '/api/notifications')).json);
    }
    expect(inbox.next).not.toBeNull();

    const page = await signedInPage(KEN, '/assessments');
    await page.locator('main h1').waitFor();
    await page.getByTestId('notification-bell').click();
    const items = page.locator('li[data-notification-id]');
    await items.first().waitFor();
    const more = page.getByTestId('notifications-more');
    await more.waitFor();
    const ids = () => items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-notification-id') ?? ''));
    const before = await ids();
    expect(before).toEqual(inbox.notifications.map((n) => n.id));

    await more.click();
    await items.nth(before.length).waitFor();
    const after = await ids();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
    const total = Inbox.parse((await ken.request('GET', '/api/notifications?limit=200')).json).notifications.map((n) => n.id);
    expect(after).toEqual(total.slice(0, after.length));
  });

  it('pages the review queue with "Load more": the next assessments follow, none twice', async () => {
    const page = await signedInPage(REVIEWER, '/review');
    const table = page.getByTestId('review-queue');
    await table.locator('tbody tr[data-assessment-id]').first().waitFor();
    const more = page.getByTestId('queue-more');
    await more.waitFor();
    const before = await allRowIds(page, table, 'data-assessment-id');
    expect(before.length).toBe(100); // the queue's page size

    await more.click();
    await page
      .getByTestId('queue-count')
      .filter({ hasNotText: String(before.length) })
      .waitFor();
    // the table opens the page of the first assessment added, not the first page again
    const shown = await visibleRowIds(table, 'data-assessment-id');
    const after = await allRowIds(page, table, 'data-assessment-id');
    expect(shown[0]).toBe(after[before.length]);
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after).size).toBe(after.length);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('filters the review queue to a country typed in part, in French and in English', async () => {
    for (const [locale, typed, name] of [
      ['fr-FR', 'allem', 'Allemagne'],
      ['en-US', 'germ', 'Germany'],
    ] as const) {
      const page = await signedInPage(REVIEWER, '/review', locale);
      const table = page.getByTestId('review-queue');
      await table.locator('tbody tr[data-assessment-id]').first().waitFor();
      const field = page.locator('input[data-testid="queue-country"][data-ready]');
      await field.waitFor();
      await field.fill(typed);
      await page.getByRole('option', { name }).click();
      await page.waitForURL(/[?&]country=DEU/);
      await table.locator('tbody tr').filter({ hasNotText: name }).first().waitFor({ state: 'detached' });
      const countries = await table.locator('tbody tr > :first-child').allInnerTexts();
      expect(countries.length).toBeGreaterThan(0);
      // the cell names the country (and, for screen readers, the cycle)
      for (const cell of countries) expect(cell.trim().startsWith(name)).toBe(true);
      expect(await field.inputValue()).toBe(name);
    }
  });
});

/** A PDF the server accepts, padded to about `size` bytes. */
function pdf(size: number): Buffer {
  const head = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n';
  const tail = 'trailer<</Root 1 0 R>>\n%%EOF\n';
  return Buffer.from(head + '%'.padEnd(Math.max(size - head.length - tail.length - 1, 1), 'x') + '\n' + tail);
}

/** The row keys of a table paged on the client, from its first page to its last, where it leaves the table (as a reader reaching "Load more"). */
async function allRowIds(page: Page, table: Locator, attribute: string): Promise<string[]> {
  const pager = page.getByRole('navigation', { name: 'Pages of the table' });
  const rows = () => visibleRowIds(table, attribute);
  if ((await pager.count()) === 0) return rows();
  const previous = pager.getByRole('button', { name: 'Previous' });
  const next = pager.getByRole('button', { name: 'Next' });
  while (await previous.isEnabled()) await previous.click();
  const ids: string[] = [];
  for (;;) {
    const status = await pager.locator('[aria-live]').innerText();
    ids.push(...(await rows()));
    if (!(await next.isEnabled())) break;
    await next.click();
    await pager.locator('[aria-live]').filter({ hasNotText: status }).waitFor();
  }
  return ids;
}

/** The row keys of the table's page on screen. */
function visibleRowIds(table: Locator, attribute: string): Promise<string[]> {
  return table.locator(`tbody tr[${attribute}]`).evaluateAll((trs, name) => trs.map((tr) => tr.getAttribute(name) ?? ''), attribute);
}
