import { z } from 'zod';
import { AssessmentDetailSchema, AssessmentSummarySchema, SessionInfoSchema, type AssessmentDetail, type AssessmentSummary } from '@gci/shared';
import { totp } from './totp.ts';

/**
 * A signed-in API client for browser tests: checks what the server really stored, and prepares
 * data the UI test is not about. Node's fetch is not affected by the browser going offline.
 */
export class ApiUser {
  private constructor(
    private readonly baseUrl: string,
    private cookie: string,
    private csrfToken: string,
  ) {}

  /** Signs in; staff pass their TOTP secret and get the second step done too (the session token rotates). */
  static async signIn(baseUrl: string, email: string, password: string, totpSecret?: string): Promise<ApiUser> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}`);
    const session = SessionInfoSchema.parse(await response.json());
    const user = new ApiUser(baseUrl, cookieOf(response), session.csrfToken);
    if (session.stage === 'mfa_required' && totpSecret) {
      const verified = await fetch(`${baseUrl}/api/auth/mfa/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: user.cookie, 'x-csrf-token': user.csrfToken },
        body: JSON.stringify({ code: totp(totpSecret) }),
      });
      if (verified.status !== 200) throw new Error(`second step of ${email} answered ${verified.status}`);
      user.cookie = cookieOf(verified);
      user.csrfToken = SessionInfoSchema.parse(await verified.json()).csrfToken;
    }
    return user;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
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
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
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
    const { status } = await this.request('PUT', `/api/assessments/${id}/answers/${questionKey}`, { value, baseVersion }, { 'idempotency-key': `test-${crypto.randomUUID()}` });
    return status;
  }
}

const cookieOf = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
