import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Answers, AssessmentDetail } from '@gci/shared';
import { launchBrowser } from './browser.ts';
import { ApiUser } from './questionnaire-api.ts';
import { signInThroughPage } from './questionnaire-page.ts';
import { startServer, type RunningServer } from './start-server.ts';

export const KEN = { email: 'focal.ken@example.org', password: 'demo-focal-ken-pass-1', name: 'Wanjiru Focal (KEN)' };
export const KEN2 = { email: 'focal2.ken@example.org', password: 'demo-focal-ken-pass-2', name: 'Otieno Focal (KEN)' };

export const values = (detail: AssessmentDetail): Answers => Object.fromEntries(Object.entries(detail.answers).map(([k, a]) => [k, a.value]));

export interface Harness {
  server: RunningServer;
  browser: Browser;
  /** a fresh browser context and page for each test */
  context: BrowserContext;
  page: Page;
  /** the KEN focal point, through the API */
  api: ApiUser;
  /** KEN's open 2026 assessment (empty at the start) */
  assessmentId: string;
  /** signs in as KEN through the page and opens the questionnaire */
  openQuestionnaire(): Promise<void>;
}

/**
 * One real server (fresh database) and one browser per test file; a new context per test, which
 * must end without uncaught page errors. Call inside `describe`.
 */
export function questionnaireHarness(): Harness {
  const h = {} as Harness;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    h.server = await startServer();
    h.browser = await launchBrowser();
    h.api = await ApiUser.signIn(h.server.url, KEN.email, KEN.password);
    h.assessmentId = (await h.api.openAssessment(2026)).id;
  });

  afterAll(async () => {
    await h.browser?.close();
    await h.server?.stop();
  });

  beforeEach(async () => {
    h.context = await h.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    h.page = await h.context.newPage();
    pageErrors = [];
    h.page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await h.context.close();
    expect(pageErrors).toEqual([]);
  });

  h.openQuestionnaire = async () => {
    await signInThroughPage(h.page, h.server.url, KEN.email, KEN.password, `/assessments/${h.assessmentId}`);
    await h.page.locator('section[data-question-key]').first().waitFor();
  };
  return h;
}
