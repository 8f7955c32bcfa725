import type { BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { AssessmentDetailSchema, AssessmentSummarySchema, SessionInfoSchema, type AssessmentDetail, type AssessmentSummary } from '@gci/shared';

/**
 * A signed-in API client for browser tests (made by `signIn`): checks what the server really stored,
 * and prepares data the UI test is not about. Node's fetch is not affected by the browser going offline.
 */
export class ApiUser {
  constructor(
    readonly baseUrl: string,
    /** `name=value; …` as the Cookie header carries it */
    readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  /** The session a browser context holds for the server at `origin`, as another tab of the same user would use it. */
  static async ofBrowser(context: BrowserContext, origin: string): Promise<ApiUser> {
    const cookie = (await context.cookies(origin)).map((c) => `${c.name}=${c.value}`).join('; ');
    const response = await fetch(`${origin}/api/auth/session`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`the browser holds no session for ${origin}: GET /api/auth/session answered ${response.status}`);
    return new ApiUser(origin, cookie, SessionInfoSchema.parse(await response.json()).csrfToken);
  }

  /** `json` is the parsed body (null when empty), not checked against T. */
  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
  }

  async assessments(): Promise<AssessmentSummary[]> {
    const { json } = await this.request('GET', '/api/assessments');
    return z.object({ assessments: z.array(AssessmentSummarySchema) }).parse(json).assessments;
  }

  /** The open 2026 assessment of the user's country. */
  async openAssessment(year = 2026): Promise<AssessmentSummary> {
    const found = (await this.assessments()).find((a) => a.cycle.year === year);
    if (!found) throw new Error(`no ${year} assessment`);
    return found;
  }

  async detail(id: string, lang = 'en'): Promise<AssessmentDetail> {
    const { json } = await this.request('GET', `/api/assessments/${id}?lang=${lang}`);
    return AssessmentDetailSchema.parse(json);
  }

  async save(id: string, questionKey: string, value: unknown, baseVersion: number): Promise<number> {
    const { status } = await this.request(
      'PUT',
      `/api/assessments/${id}/answers/${questionKey}`,
      { value, baseVersion },
      { 'idempotency-key': `test-${crypto.randomUUID()}` },
    );
    return status;
  }
}

/** Calls the API with the session of the page's browser context (the page must be on the server's origin). */
export async function apiFromPage<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const user = await ApiUser.ofBrowser(page.context(), new URL(page.url()).origin);
  return user.request<T>(method, path, body);
}
