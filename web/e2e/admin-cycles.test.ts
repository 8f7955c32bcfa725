import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleDetail } from '@gci/shared';
import { severeViolations } from './support/accessibility.ts';
import { ADMIN, KEN, REVIEWER } from './support/accounts.ts';
import { answerAndSubmit } from './support/answer-and-submit.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const DAY = 86_400_000;
/** A UTC day, `days` from today, as a date input takes it. */
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const CIS = ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'TKM', 'UZB'];

describe.skipIf(!hasChromium)('administering a cycle in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: ApiUser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    admin = await signIn(server, ADMIN, { page, next: '/' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const steps = () => page.getByTestId('cycle-steps');
  /** Clicks a step's button, confirms it, and waits for the page to say it is done. */
  async function takeStep(step: string, status: string): Promise<void> {
    await steps().locator(`button[data-step="${step}"]`).click();
    await steps().getByTestId('step-confirm').getByRole('button').first().click();
    await page.locator(`section[data-status="${status}"]`).waitFor();
  }

  it('creates a cycle, opens it, extends a deadline, closes it over an open review, validates and publishes without the countries not validated', async () => {
    // From the administration's sections to the list of cycles: the demo's three, with their states.
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Cycles', exact: true }).click();
    await page.waitForURL(/\/admin\/cycles$/);
    for (const [year, status] of [
      [2020, 'published'],
      [2024, 'published'],
      [2026, 'open'],
    ] as const) {
      expect(await page.locator(`tr[data-year="${year}"]`).getAttribute('data-status')).toBe(status);
    }
    expect(await page.locator('tr[data-year="2026"] [data-count="withCountry"]').innerText()).toBe('194');
    expect(await severeViolations(page)).toEqual([]);

    // The form: a date out of order is named beside its field before anything is sent...
    const form = page.getByTestId('cycle-form');
    await form.getByLabel('Year', { exact: true }).fill('2026');
    await form.getByLabel('Name', { exact: true }).fill('GCI 2027 (browser test)');
    await form.getByLabel('Opens on', { exact: true }).fill(dayFromToday(0));
    await form.getByLabel('Closes on', { exact: true }).fill(dayFromToday(30));
    await form.getByLabel('Validation window ends on', { exact: true }).fill(dayFromToday(20));
    await form.locator('[data-region="africa"] summary').click();
    await form.locator('input[value="KEN"]').check();
    await form.locator('[data-region="europe"] summary').click();
    await form.locator('input[value="FRA"]').check();
    await form.locator('[data-region="cis"] summary').click();
    await form.getByRole('button', { name: 'Select every country of CIS' }).click();
    expect(await form.getByTestId('participants').getByRole('status').innerText()).toBe('Chosen: 11 of 194');
    await form.getByRole('button', { name: 'Create the draft' }).click();
    expect(await form.getByTestId('field-error').innerText()).toBe('The validation window must end after the cycle closes.');
    // ...and the server's refusal of a year taken is shown beside the year.
    await form.getByLabel('Validation window ends on', { exact: true }).fill(dayFromToday(60));
    await form.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="field-error"]')?.textContent === 'This year has a cycle already.');
    expect(await form.getByLabel('Year', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Year', { exact: true }).fill('2027');
    await form.getByRole('button', { name: 'Create the draft' }).click();

    // The new draft's page: open it.
    await page.waitForURL(/\/admin\/cycles\/[0-9a-f-]{36}$/);
    const cycleId = page.url().split('/').pop()!;
    await page.locator('section[data-status="draft"]').waitFor();
    expect(await page.locator('tr[data-country]').count()).toBe(11);
    await takeStep('open', 'open');
    expect(await page.getByTestId('step-done').innerText()).toBe('The cycle is open: every participating country has its questionnaire.');
    expect(await page.locator('tr[data-status="not_started"]').count()).toBe(11);
    expect(await severeViolations(page)).toEqual([]);

    // Extend France's deadline by a week.
    const france = page.locator('tr[data-country="FRA"]');
    await france.getByLabel('New deadline for France').fill(dayFromToday(37));
    await france.getByRole('button', { name: 'Extend' }).click();
    await france.getByText('Extended').waitFor();
    const detail = (await admin.request<CycleDetail>('GET', `/api/cycles/${cycleId}`)).json;
    expect(detail.participants.find((p) => p.iso3 === 'FRA')!.assessment!.deadlineOverride).toBe(`${dayFromToday(37)}T23:59:59.000Z`);

    // Kenya's focal point sees the deadline and the days left on the questionnaire.
    const ken = await signIn(server, KEN);
    const kenAssessment = await ken.openAssessment(2027);
    const team = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await signIn(server, KEN, { page: team, next: `/assessments/${kenAssessment.id}` });
    expect(await team.getByTestId('days-left').innerText()).toBe('Days left: 31');
    await team.context().close();

    // Kenya answers, submits and is validated; a reviewer asks France a question.
    await answerAndSubmit(ken, kenAssessment.id);
    const reviewer = await signIn(server, REVIEWER);
    for (const action of ['start_review', 'validate']) {
      expect((await reviewer.request('POST', `/api/assessments/${kenAssessment.id}/transitions`, { action })).status).toBe(200);
    }
    const fraId = detail.participants.find((p) => p.iso3 === 'FRA')!.assessment!.id;
    expect((await reviewer.request('POST', `/api/assessments/${fraId}/threads`, { questionKey: null, body: 'Is the strategy adopted?' })).status).toBe(201);

    // Closing lists the open review and waits for an explicit "close anyway".
    await page.reload();
    await steps().locator('button[data-step="close"]').click();
    await steps().getByTestId('step-confirm').getByRole('button').first().click();
    const pending = steps().getByTestId('step-pending');
    await pending.waitFor();
    expect(await pending.locator('li[data-country]').evaluateAll((items) => items.map((li) => li.getAttribute('data-country')))).toEqual(['FRA']);
    expect(await pending.innerText()).toContain('(open threads: 1)');
    expect(await severeViolations(page)).toEqual([]);
    await pending.getByRole('button', { name: 'Close anyway' }).click();
    await page.locator('section[data-status="closed"]').waitFor();

    // Validation, ended early, then publishing: the countries not validated are listed and left out on confirmation.
    await takeStep('start_validation', 'validation');
    expect(await steps().innerText()).toContain('Countries are validating their results until');
    await takeStep('end_validation', 'validation');
    await steps().locator('button[data-step="publish"]').click();
    await steps().getByTestId('step-confirm').getByRole('button').first().click();
    await pending.waitFor();
    expect(await pending.locator('li[data-country]').evaluateAll((items) => items.map((li) => li.getAttribute('data-country')).sort())).toEqual(
      [...CIS, 'FRA'].sort(),
    );
    await pending.getByRole('button', { name: 'Publish without them' }).click();
    await page.locator('section[data-status="published"]').waitFor();
    expect(await page.getByTestId('step-done').innerText()).toBe('The results are published.');

    const audit = (await admin.request<{ entries: { action: string; after: { leftOut?: string[] } }[] }>('GET', '/api/audit?action=cycle.')).json.entries;
    expect(audit.map((e) => e.action).slice(0, 6)).toEqual([
      'cycle.published',
      'cycle.validation_ended',
      'cycle.validation_started',
      'cycle.closed',
      'cycle.opened',
      'cycle.created',
    ]);
    expect(audit[0]!.after.leftOut).toEqual([...CIS, 'FRA'].sort());
    // The public results of 2027 hold Kenya alone (each server re-reads the current publications every 2 s).
    let countries: string[] = [];
    for (let i = 0; i < 30 && countries.length === 0; i++) {
      const res = await fetch(`${server.url}/api/public/cycles/2027/results`, { headers: { 'cache-control': 'no-cache' } });
      if (res.status === 200) countries = ((await res.json()) as { countries: { iso3: string }[] }).countries.map((c) => c.iso3);
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(countries).toEqual(['KEN']);
    expect(pageErrors).toEqual([]);
  });
});
