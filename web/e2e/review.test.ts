import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProvisionalResultSchema, completion, scoreText } from '@gci/shared';
import { severeViolations as seriousViolations } from './support/accessibility.ts';
import { ADMIN, FRA, KEN, REVIEWER } from './support/accounts.ts';
import { answerAndSubmit } from './support/answer-and-submit.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { choose, waitAllSaved } from './support/questionnaire-page.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const FLAGGED = 'legal.spam.law';
const CORRECTED = 'legal.cybercrime.electronic_evidence';

const action = (page: Page, name: string) => page.locator(`button[data-action="${name}"]`);
const confirm = (page: Page) => page.getByTestId('confirm-panel').getByRole('button').first().click();
const reviewQuestion = (page: Page, key: string) => page.locator(`section[data-question-key="${key}"]`);

async function waitForStatus(page: Page, value: string): Promise<void> {
  await page.locator(`[data-testid="assessment-status"][data-status="${value}"]`).waitFor();
}

describe.skipIf(!hasChromium)('review and validation in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let ken: ApiUser;
  let kenId: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ken = await signIn(server, KEN);
    kenId = (await ken.openAssessment(2026)).id;
    await answerAndSubmit(ken, kenId);
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

  it('a reviewer returns with a comment; the team answers and resubmits; the reviewer sees the diff and validates; the team sees its provisional tier', async () => {
    const reviewer = await newPage();
    const team = await newPage();
    await signIn(server, REVIEWER, { page: reviewer });
    await signIn(server, KEN, { page: team });

    // The queue, filtered to submitted assessments: Kenya, complete, no open threads.
    await reviewer.goto(`${server.url}/review`);
    await reviewer.getByLabel('Status').selectOption('submitted');
    await reviewer.waitForURL(/\/review\?status=submitted/);
    const row = reviewer.locator(`tr[data-assessment-id="${kenId}"]`);
    await row.waitFor();
    expect(await reviewer.locator('tbody tr').count()).toBe(1);
    const stored = await ken.detail(kenId);
    const share = completion(stored.methodology, Object.fromEntries(Object.entries(stored.answers).map(([key, a]) => [key, a.value]))).share;
    expect(await row.getByTestId('completion').innerText()).toContain(`${Math.round(share * 100)}%`);
    expect(await row.getByTestId('open-threads').innerText()).toBe('0');

    // Start the review; a question thread blocks validation, with the reason shown.
    await row.getByRole('link', { name: /Kenya/ }).click();
    await waitForStatus(reviewer, 'submitted');
    await action(reviewer, 'start_review').click();
    await waitForStatus(reviewer, 'in_review');
    const flaggedCard = reviewQuestion(reviewer, FLAGGED);
    await flaggedCard.getByTestId('new-thread').click();
    await flaggedCard.getByLabel(/Your comment on/).fill('Which law covers spam? Please cite it.');
    await flaggedCard.getByRole('button', { name: 'Post comment' }).click();
    await flaggedCard.locator('[data-thread-status="open"]').waitFor();
    expect(await action(reviewer, 'validate').isDisabled()).toBe(true);
    expect(await reviewer.getByTestId('validate-blocked').innerText()).toBe('1 comment thread is still open. Resolve it before validating.');

    // Return for revision with a comment and the question that needs work.
    await action(reviewer, 'return').click();
    const returnForm = reviewer.getByTestId('return-form');
    await returnForm.getByLabel('What needs work (required)').fill('Please document the anti-spam law and attach it.');
    await returnForm.locator(`input[name="questionKeys"][value="${FLAGGED}"]`).check();
    await returnForm.getByRole('button', { name: 'Return to the country team' }).click();
    await waitForStatus(reviewer, 'returned');

    // The focal point is notified, follows the link, and sees the request with the question highlighted.
    const { unread } = z.object({ unread: z.number() }).parse((await ken.request('GET', '/api/notifications')).json);
    expect(unread).toBeGreaterThan(0);
    await team.goto(`${server.url}/assessments`);
    await team.locator('main h1').waitFor(); // the page, not the loading screen (whose header is replaced)
    const bell = team.locator(`[data-testid="notification-bell"][data-unread="${unread}"]`);
    await bell.waitFor();
    await bell.click();
    await team.locator('[data-notification-kind="assessment.return"] a').first().click();
    await team.waitForURL(`${server.url}/assessments/${kenId}/review`);
    await team.locator(`[data-testid="notification-bell"][data-unread="${unread - 1}"]`).waitFor();
    const request = team.getByTestId('revision-request');
    expect(await request.innerText()).toContain('Please document the anti-spam law and attach it.');
    expect(await request.locator(`li[data-question-key="${FLAGGED}"]`).count()).toBe(1);
    const teamCard = reviewQuestion(team, FLAGGED);
    expect(await teamCard.getAttribute('data-flagged')).toBe('true');
    expect(await teamCard.locator('[data-tone="flagged"]').innerText()).toBe('Needs revision');

    // The team answers both threads, changes the flagged answer in the questionnaire, and resubmits.
    await teamCard.getByLabel('Your reply').fill('The 2021 Consumer Protection Act, section 4; it is only partly in force.');
    await teamCard.getByRole('button', { name: 'Send reply' }).click();
    await teamCard.locator('li[data-author-role="focal_point"]').waitFor();
    const discussion = team.getByTestId('assessment-discussion');
    await discussion.getByLabel('Your reply').fill('Done: corrected the status of the anti-spam law.');
    await discussion.getByRole('button', { name: 'Send reply' }).click();
    await discussion.locator('li[data-author-role="focal_point"]').waitFor();
    await teamCard.getByRole('link', { name: 'Edit in the questionnaire' }).click();
    await team.waitForURL((url) => url.pathname === `/assessments/${kenId}`);
    await choose(team, FLAGGED, 'Partially in place or in progress');
    await waitAllSaved(team);
    await team.goto(`${server.url}/assessments/${kenId}/review`);
    await team.locator('button[data-action="resubmit"]').click();
    await confirm(team);
    await waitForStatus(team, 'resubmitted');

    // The reviewer sees what changed, with the flagged question marked, and the team's replies.
    // Opening the resubmission resumes the review: no second "Start review".
    await reviewer.reload();
    await waitForStatus(reviewer, 'in_review');
    expect(await action(reviewer, 'start_review').count()).toBe(0);
    const diff = reviewer.getByTestId('resubmission-diff');
    const change = diff.locator(`li[data-question-key="${FLAGGED}"]`);
    expect(await diff.locator('li[data-question-key]').count()).toBe(1);
    expect(await change.getAttribute('data-flagged')).toBe('true');
    expect(await change.getByTestId('diff-value').innerText()).toMatch(/In place.*→.*Partially in place or in progress/s);
    expect(await reviewQuestion(reviewer, FLAGGED).locator('li[data-author-role="focal_point"] [data-testid="comment-body"]').innerText()).toContain(
      'Consumer Protection Act',
    );

    // Review again: a correction with its reason, every thread resolved, then validation.
    const corrected = reviewQuestion(reviewer, CORRECTED);
    await corrected.getByTestId('correct-answer').click();
    const correction = corrected.getByTestId('correction-form');
    await correction.getByLabel('No', { exact: true }).check();
    await correction.getByLabel('Reason').fill('The evidence act was repealed in 2025.');
    await correction.getByRole('button', { name: 'Save the correction' }).click();
    await corrected.getByTestId('correction').waitFor();
    expect(await corrected.getByTestId('answer-value').innerText()).toBe('No');
    expect(await corrected.getByTestId('correction').innerText()).toContain('The evidence act was repealed in 2025.');
    while ((await reviewer.getByTestId('resolve-thread').count()) > 0) {
      const before = await reviewer.getByTestId('resolve-thread').count();
      await reviewer.getByTestId('resolve-thread').first().click();
      await reviewer.waitForFunction((n) => document.querySelectorAll('[data-testid="resolve-thread"]').length < n, before);
    }
    expect(await reviewer.getByTestId('open-thread-count').innerText()).toBe('0');
    await action(reviewer, 'validate').click();
    await confirm(reviewer);
    await waitForStatus(reviewer, 'validated');
    // the return's flags were for that revision: none stays once validated
    expect(await reviewer.locator('section[data-question-key][data-flagged]').count()).toBe(0);

    // The team sees the provisional result: the same tier as the server's, pillars, trace, window.
    const expected = ProvisionalResultSchema.parse((await ken.request('GET', `/api/assessments/${kenId}/provisional-result`)).json);
    await team.reload();
    await waitForStatus(team, 'validated');
    const result = team.getByTestId('provisional-result');
    expect(await result.getByTestId('overall-tier').getAttribute('data-tier')).toBe(String(expected.tier));
    expect(await result.getByTestId('overall-tier').innerText()).toMatch(new RegExp(`^Tier ${expected.tier} · `));
    expect(await result.getByTestId('overall-score').innerText()).toBe(`${scoreText(expected.overall)} of 100`);
    expect(await result.locator('tbody tr[data-pillar]').count()).toBe(expected.pillars.length);
    expect(await result.getByTestId('validation-window').innerText()).toMatch(/^You can accept or dispute this result until /);
    await result.locator('details[data-pillar="legal"] summary').click();
    const tracedRow = result.locator(`details[data-pillar="legal"] tr[data-question-key="${CORRECTED}"]`);
    expect(await tracedRow.innerText()).toMatch(/No\s+0 of 1\s+× [\d.]+\s+= 0\s*$/);
    // the correction is shown to the team with its reason
    expect(await reviewQuestion(team, CORRECTED).getByTestId('correction').innerText()).toContain('The evidence act was repealed in 2025.');
    expect(await seriousViolations(team)).toEqual([]);

    await team.locator('button[data-action="accept"]').click();
    await confirm(team);
    await waitForStatus(team, 'accepted');
  }, 180_000);

  it('shows the audit log to admins, filtered, with a CSV export of the same selection', async () => {
    const admin = await newPage();
    await signIn(server, ADMIN, { page: admin });
    await admin.goto(`${server.url}/admin/audit`);
    await admin.getByLabel('Country (ISO code)').fill('ken');
    await admin.getByLabel('Action', { exact: true }).fill('assessment.submit');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.waitForURL(/\/admin\/audit\?country=KEN&action=assessment\.submit/);
    const rows = admin.locator('tbody tr[data-action]');
    await rows.first().waitFor();
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action'))))).toEqual(new Set(['assessment.submit']));
    const href = await admin.getByTestId('audit-export').getAttribute('href');
    expect(href).toBe('/api/audit/export.csv?country=KEN&action=assessment.submit');
    const csv = await admin.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv).toContain('assessment.submit');
    expect(csv).toContain('focal.ken@example.org');
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('has no serious or critical accessibility violations on the queue, review and team pages', async () => {
    // France: submitted, in review, with a question thread, then the return form opened.
    const fra = await signIn(server, FRA);
    const fraId = (await fra.openAssessment(2026)).id;
    await answerAndSubmit(fra, fraId);

    const reviewer = await newPage();
    await signIn(server, REVIEWER, { page: reviewer });
    await reviewer.goto(`${server.url}/review?cycle=2026`);
    await reviewer.getByTestId('review-queue').waitFor();
    expect(await seriousViolations(reviewer)).toEqual([]);

    await reviewer.goto(`${server.url}/review/${fraId}`);
    await action(reviewer, 'start_review').click();
    await waitForStatus(reviewer, 'in_review');
    const card = reviewQuestion(reviewer, FLAGGED);
    await card.getByTestId('new-thread').click();
    await card.getByLabel(/Your comment on/).fill('Is the law in force?');
    await card.getByRole('button', { name: 'Post comment' }).click();
    await card.locator('[data-thread-status="open"]').waitFor();
    await action(reviewer, 'return').click();
    await reviewer.getByTestId('return-form').waitFor();
    await reviewQuestion(reviewer, 'legal.cybercrime.substantive_law').getByTestId('correct-answer').click();
    expect(await seriousViolations(reviewer)).toEqual([]);

    // The notification panel, open.
    await reviewer.getByTestId('notification-bell').click();
    expect(await seriousViolations(reviewer)).toEqual([]);

    // In French, the page is read again (questionnaire texts come from the API in one language).
    await reviewer.keyboard.press('Escape');
    await reviewer.getByLabel('Language').selectOption('fr');
    await reviewer.getByTestId('review-kicker').filter({ hasText: 'Examen' }).waitFor();
    expect(await reviewer.getByTestId('return-form').locator('h3').innerText()).toBe('Renvoyer pour révision');
    expect(await seriousViolations(reviewer)).toEqual([]);
    await reviewer.getByLabel('Langue').selectOption('en');

    // The French team's page once returned: the request, the flagged question, the threads.
    await reviewer.getByTestId('review-kicker').filter({ hasText: 'Review' }).waitFor();
    const returnForm = reviewer.getByTestId('return-form');
    await returnForm.getByLabel('What needs work (required)').fill('Please cite the law.');
    await returnForm.locator(`input[name="questionKeys"][value="${FLAGGED}"]`).check();
    await returnForm.getByRole('button', { name: 'Return to the country team' }).click();
    await waitForStatus(reviewer, 'returned');
    const team = await newPage();
    await signIn(server, FRA, { page: team });
    await team.goto(`${server.url}/assessments/${fraId}/review`);
    await team.getByTestId('revision-request').waitFor();
    expect(await seriousViolations(team)).toEqual([]);
  }, 120_000);

  it('keeps focal points out of the staff pages and staff out of the team page', async () => {
    const team = await newPage();
    await signIn(server, KEN, { page: team });
    // Each redirect happens in the browser after the page loaded: wait for its page before moving on.
    await team.goto(`${server.url}/review/${kenId}`);
    await team.waitForURL(`${server.url}/assessments/${kenId}/review`);
    await team.getByTestId('team-review-page').waitFor();
    await team.goto(`${server.url}/review`);
    await team.waitForURL(`${server.url}/assessments`);
    await team.locator('main h1').waitFor();
    await team.goto(`${server.url}/admin/audit`);
    const refusal = team.locator('main [role="alert"]');
    await refusal.waitFor();
    expect(await refusal.locator('h1').innerText()).toBe('Audit log');
    expect(await refusal.innerText()).toContain('Only administrators can read the audit log.');
    expect(z.object({ code: z.string() }).parse((await ken.request('GET', '/api/review/queue')).json).code).toBe('forbidden');
  });
});
