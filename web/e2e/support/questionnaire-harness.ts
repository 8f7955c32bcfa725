import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Answers, AssessmentDetail } from '@gci/shared';
import { KEN } from './accounts.ts';
import type { ApiUser } from './api-user.ts';
import { launchBrowser } from './browser.ts';
import { signIn } from './sign-in.ts';
import { startServer, type RunningServer } from './start-server.ts';

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
  /** signs the page in as KEN and opens the questionnaire */
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
    h.api = await signIn(h.server, KEN);
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
    await signIn(h.server, KEN, { page: h.page, next: `/assessments/${h.assessmentId}` });
    await h.page.locator('section[data-question-key]').first().waitFor();
  };
  return h;
}
