import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubmissionCheckSchema, questionsByKey, type QuestionSpec } from '@gci/shared';
import { ADMIN, DEMO_TOTP_SECRET, FRA, KEN } from './support/accounts.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { choose, openPillar, question, waitAllSaved } from './support/questionnaire-page.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';
import { totp } from './support/totp.ts';

const NEW_REVIEWER = { email: 'new.reviewer@example.org', name: 'Nadia New-Reviewer', password: '' };

/** A valid answer of each type, to complete what the UI test is not about. */
function someAnswer(spec: QuestionSpec): unknown {
  switch (spec.type) {
    case 'yes_no':
      return true;
    case 'status':
      return 'in_place';
    case 'single_choice':
      return spec.options[0]?.key;
    case 'multi_choice':
      return [spec.options[0]?.key];
    case 'number':
      return spec.min ?? 1;
    case 'text':
      return 'Described in the national strategy.';
  }
}

describe.skipIf(!hasChromium)('questionnaire lifecycle: sign-in steps, carried-over answers, submission', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A staff account without an authenticator yet (the demo staff all have one).
    const admin = await signIn(server, ADMIN);
    const created = await admin.request('POST', '/api/users', { email: NEW_REVIEWER.email, name: NEW_REVIEWER.name, role: 'reviewer' });
    expect(created.status).toBe(201);
    NEW_REVIEWER.password = (created.json as { initialPassword: string }).initialPassword;
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

  const signInWithPassword = async (email: string, password: string) => {
    await page.goto(`${server.url}/login`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form button[type="submit"]').click();
  };

  it('asks staff for the code from their authenticator app', async () => {
    await signInWithPassword(ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await page.getByLabel('Verification code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(await page.getByTestId('form-error').innerText()).toBe('This code is not valid. Use the newest code from your app.');
    // The next time step (accepted with one step of drift), so no other sign-in of this test can have used it.
    await page.getByLabel('Verification code').fill(totp(DEMO_TOTP_SECRET, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${server.url}/admin/overview`);
    expect(await page.getByTestId('user-name').innerText()).toBe(ADMIN.name);
  });

  it('makes staff without an authenticator enrol one, shows the recovery codes once, then has the password an admin set replaced', async () => {
    await signInWithPassword(NEW_REVIEWER.email, NEW_REVIEWER.password);
    await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0); // not signed in yet
    await page.getByRole('button', { name: 'Show my set-up key' }).click();
    const secret = await page.getByTestId('mfa-secret').innerText();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await page.getByTestId('mfa-secrets').innerText()).toContain(`otpauth://totp/`);

    await page.getByLabel('Code from your app').fill('12345');
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    expect(await page.getByTestId('form-error').innerText()).toBe('Enter the 6-digit code from your authenticator app.');
    await page.getByLabel('Code from your app').fill(totp(secret));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();

    const codes = page.getByTestId('recovery-codes').locator('code');
    await codes.first().waitFor();
    recoveryCodes = await codes.allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole('button', { name: 'I have saved these codes, continue' }).click();

    // The admin created the account with a password: its owner chooses their own before anything else.
    const change = page.getByTestId('change-password-form');
    await change.waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    NEW_REVIEWER.password = 'a passphrase only Nadia knows';
    await change.getByLabel('New password', { exact: true }).fill(NEW_REVIEWER.password);
    await change.getByLabel('New password again').fill(NEW_REVIEWER.password);
    await change.getByRole('button', { name: 'Change my password' }).click();
    await page.waitForURL(`${server.url}/review`);
    expect(await page.getByTestId('user-name').innerText()).toBe(NEW_REVIEWER.name);
  });

  it('asks for the second factor at the next sign-in; a recovery code works once; staff read questionnaires only', async () => {
    expect(recoveryCodes).toHaveLength(10);
    await signInWithPassword(NEW_REVIEWER.email, NEW_REVIEWER.password);
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${server.url}/review`);

    // Staff see every country's assessments, read-only.
    await page.getByRole('link', { name: 'My assessments' }).click();
    await page.locator('tr[data-year="2026"] a').first().click();
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('read-only').innerText()).toContain("Only the country's focal points can change");
    expect(await page.locator('section[data-question-key] fieldset:not([disabled])').count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await signInWithPassword(NEW_REVIEWER.email, NEW_REVIEWER.password);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(await page.getByTestId('form-error').innerText()).toBe('This recovery code is not valid.');
  });

  it('offers the previous answers, marks them carried over, and clears the mark on confirm or edit', async () => {
    const api = await signIn(server, FRA);
    const { id } = await api.openAssessment(2026);
    const before = await api.detail(id);
    expect(before.prefillFrom?.year).toBe(2024);

    await signIn(server, FRA, { page, next: `/assessments/${id}` });
    const offer = page.getByTestId('prefill-offer');
    expect(await offer.innerText()).toContain('You answered this questionnaire in 2024');
    await offer.getByRole('button', { name: 'Start from your 2024 answers' }).click();
    await offer.waitFor({ state: 'detached' });
    const carried = page.locator('section[data-question-key]:has([data-testid="carried-over"])');
    await carried.first().waitFor();

    const first = await carried.nth(0).getAttribute('data-question-key');
    const second = await carried.nth(1).getAttribute('data-question-key');
    await question(page, first!).getByRole('button', { name: 'Confirm (unchanged, evidence re-checked)' }).click();
    await question(page, first!).getByTestId('carried-over').waitFor({ state: 'detached' });
    await choose(page, second!, 'Absent');
    await waitAllSaved(page);
    expect(await question(page, second!).getByTestId('carried-over').count()).toBe(0);

    const after = await api.detail(id);
    expect(after.answers[first!]).toMatchObject({ carriedOver: false, version: 2 });
    expect(after.answers[second!]).toMatchObject({ carriedOver: false, value: 'absent' });
  });

  it('lists what is missing with links to each question, then submits and turns read-only', async () => {
    const api = await signIn(server, FRA);
    const { id } = await api.openAssessment(2026);
    await signIn(server, FRA, { page, next: `/assessments/${id}?view=submit` });
    const panel = page.getByTestId('submission-panel');
    await panel.locator('[data-reason]').first().waitFor();
    expect(await panel.getByRole('button', { name: 'Submit the questionnaire' }).isDisabled()).toBe(true);

    const link = panel.locator('[data-reason="carried_over"] a').first();
    const key = await link.getAttribute('data-question-link');
    await link.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, `q-${key}`);
    expect(page.url()).toContain(`#q-${key}`);

    // Complete everything else through the API: this test is about the panel, not 80 clicks.
    const methodology = (await api.detail(id)).methodology;
    const specs = questionsByKey(methodology);
    for (let round = 0; round < 4; round++) {
      const check = SubmissionCheckSchema.parse((await api.request('GET', `/api/assessments/${id}/submission-check`)).json);
      if (check.ready) break;
      const answers = (await api.detail(id)).answers;
      for (const item of check.missing) {
        const answer = answers[item.questionKey];
        if (item.reason === 'carried_over' && answer) {
          await api.request('POST', `/api/assessments/${id}/answers/${item.questionKey}/confirm`, { baseVersion: answer.version });
        } else if (item.reason === 'required_answer') {
          expect(await api.save(id, item.questionKey, someAnswer(specs.get(item.questionKey)!.node.question), answer?.version ?? 0)).toBe(200);
        } else if (item.reason === 'required_evidence') {
          await api.request('POST', `/api/assessments/${id}/answers/${item.questionKey}/evidence`, { title: 'Official text', url: 'https://example.org/text' });
        }
      }
    }

    await page.getByTestId('nav-submit').click();
    await panel.getByRole('button', { name: 'Check again' }).click();
    await panel.getByTestId('submission-ready').waitFor();
    await panel.getByRole('button', { name: 'Submit the questionnaire' }).click();
    await panel.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('assessment-status').innerText()).toBe('Submitted');
    expect(await page.getByTestId('read-only').innerText()).toContain('This questionnaire was submitted on');

    await page.reload();
    await openPillar(page, 'legal');
    expect(await page.locator('section[data-question-key] fieldset:not([disabled])').count()).toBe(0);
    expect(await page.getByTestId('evidence-forms').count()).toBe(0);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('shows a 404 for an assessment of another country', async () => {
    const api = await signIn(server, KEN);
    const ken = await api.openAssessment(2026);
    await signIn(server, FRA, { page });
    await page.goto(`${server.url}/assessments/${ken.id}`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  // Last: a hundred failures refuse this address for 15 minutes, which would stop later sign-ins.
  it('says when to retry after too many failed attempts', async () => {
    for (let i = 0; i < 100; i++) {
      await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `guess.${i}@example.org`, password: `wrong-${i}` }),
      });
    }
    await signInWithPassword('focal.bra@example.org', 'demo-focal-bra-pass-1');
    const error = page.getByTestId('form-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/^Too many attempts\. Please try again in 1[45] minutes\.$/);
  });
});
