import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ANALYST, KEN, REVIEWER } from './support/accounts.ts';
import { answerRequired } from './support/answer-and-submit.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { question } from './support/questionnaire-page.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const KEY = 'legal.cybercrime.substantive_law';
const TITLES = ['Kenya Computer Misuse and Cybercrimes Act', 'Kenya draft cybercrime regulations'] as const;

/**
 * From gaps to action, as the people would go through it: Kenya's focal point marks two evidence
 * items for the library and asks for assistance on its action plan; a reviewer confirms one on the
 * review page; the cycle is published (those steps through the API, as other tests do);
 * the public library shows exactly the confirmed item, and the analyst sees the request in the
 * demand heatmap.
 */
describe.skipIf(!hasChromium)('practice library and planner in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let ken: ApiUser;
  let assessmentId: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ken = await signIn(server, KEN);
    assessmentId = (await ken.openAssessment(2026)).id;
    await answerRequired(ken, assessmentId);
    for (const title of TITLES) {
      const added = await ken.request('POST', `/api/assessments/${assessmentId}/answers/${KEY}/evidence`, {
        title,
        url: `https://example.org/${encodeURIComponent(title)}`,
      });
      expect(added.status).toBe(201);
    }
    expect((await ken.request('POST', `/api/assessments/${assessmentId}/transitions`, { action: 'submit' })).json).toEqual({ status: 'submitted' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  it('goes from marked evidence and a request to the public library and the demand heatmap', async () => {
    // The focal point marks both items as publishable, from the questionnaire (submitted: still open for this).
    const team = await newPage();
    await signIn(server, KEN, { page: team, next: `/assessments/${assessmentId}` });
    const card = question(team, KEY);
    await card.getByTestId('evidence').locator('summary').first().click();
    for (const title of TITLES) {
      const sharing = card.locator('li', { hasText: title }).getByTestId('evidence-sharing');
      await sharing.locator('summary').click();
      const form = team.getByRole('form', { name: `Library of practice: ${title}` });
      await form.getByLabel('This item may be published in the library of national practice').check();
      await form.getByLabel('What it is').selectOption('law');
      await form.getByRole('button', { name: 'Save' }).click();
      await sharing.locator('summary', { hasText: 'waiting for a reviewer' }).waitFor();
    }

    // … and asks for assistance on the first gap of its action plan (from the 2024 publication).
    await team.goto(`${server.url}/planner/KEN`);
    const gap = team.getByTestId('action-gap').first();
    const indicator = (await gap.getAttribute('data-indicator'))!;
    await gap.getByRole('button', { name: 'Request assistance' }).click();
    await team.locator('[data-testid="assistance-request"][data-status="requested"]').waitFor();

    // A reviewer sees the choices read-only in the questionnaire (no form that would earn a 403),
    // and confirms one of the two on the review page.
    const reviewer = await signIn(server, REVIEWER);
    const reviewerPage = await newPage();
    await signIn(server, REVIEWER, { page: reviewerPage, next: `/assessments/${assessmentId}` });
    const read = question(reviewerPage, KEY);
    await read.getByTestId('evidence').locator('summary').first().click();
    await read.locator('li', { hasText: TITLES[0] }).getByTestId('evidence-sharing').waitFor();
    expect(await read.getByRole('form').count()).toBe(0);
    expect(await read.locator('li', { hasText: TITLES[0] }).getByTestId('evidence-sharing').innerText()).toContain('waiting for a reviewer');
    await reviewerPage.goto(`${server.url}/review/${assessmentId}`);
    await reviewerPage.getByRole('button', { name: `Confirm for the library: ${TITLES[0]}` }).click();
    await reviewerPage.getByRole('button', { name: `Withdraw confirmation: ${TITLES[0]}` }).waitFor();
    const items = (await ken.detail(assessmentId)).answers[KEY]!.evidence;
    expect(items.filter((e) => TITLES.some((title) => title === e.title)).map((e) => [e.title, e.sharing.mayPublish, e.sharing.confirmed])).toEqual([
      [TITLES[0], true, true],
      [TITLES[1], true, false],
    ]);

    // The assessment is validated, the cycle closed and published with Kenya alone (through the API, as other tests do).
    for (const action of ['start_review', 'validate']) {
      expect((await reviewer.request('POST', `/api/assessments/${assessmentId}/transitions`, { action })).status).toBe(200);
    }
    const admin = await signIn(server, ADMIN);
    const cycle = (await admin.request<{ cycles: { id: string; year: number }[] }>('GET', '/api/cycles')).json.cycles.find((c) => c.year === 2026)!;
    expect((await admin.request('POST', `/api/cycles/${cycle.id}/close`, { confirm: true })).status).toBe(200);
    expect((await admin.request('POST', `/api/cycles/${cycle.id}/start-validation`)).status).toBe(200);
    expect((await admin.request('POST', `/api/cycles/${cycle.id}/end-validation`)).status).toBe(200);
    const analyst = await signIn(server, ANALYST);
    const refused = await analyst.request<{ details: { notReady: { iso3: string }[] } }>('POST', `/api/cycles/${cycle.id}/publish`, {});
    expect(refused.status).toBe(409);
    const leaveOut = refused.json.details.notReady.map((c) => c.iso3);
    expect(leaveOut).not.toContain('KEN');
    expect((await analyst.request('POST', `/api/cycles/${cycle.id}/publish`, { leaveOut })).status).toBe(201);

    // The public library shows exactly the confirmed item of this cycle (the demo's published cycles have their own).
    const visitor = await newPage();
    await visitor.goto(`${server.url}/practice?year=2026`);
    const list = visitor.getByTestId('practice-items');
    await list.waitFor();
    expect(await list.locator('li').allInnerTexts()).toEqual([expect.stringContaining(TITLES[0])]);

    // The analyst sees Kenya's request in the demand heatmap (Kenya is in Africa).
    const analystPage = await newPage();
    await signIn(server, ANALYST, { page: analystPage, next: '/planner' });
    const cell = analystPage.locator(`[data-testid="demand-heatmap"] td[data-indicator="${indicator}"][data-region="africa"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('data-requests')).toBe('1');
    // the row names the indicator by its title, the key only as a tooltip
    const row = analystPage.locator(`[data-testid="demand-heatmap"] th[scope="row"][title="${indicator}"]`);
    expect((await row.innerText()).trim()).not.toBe(indicator);
    expect((await row.innerText()).trim()).not.toBe('');
    expect(await analystPage.getByTestId('assistance-request').first().innerText()).toContain('KEN');
  });
});
