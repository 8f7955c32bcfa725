import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { totpCode } from '../../server/src/modules/auth/totp.ts';
import { DEMO_TOTP_SECRET } from '../../server/src/modules/seed/seed.service.ts';

/** The seeded demo accounts the workbench tests use (fixtures/demo-users.ts). */
export const ANALYST = { email: 'analyst@example.org', password: 'demo-analyst-pass-1', totpSecret: DEMO_TOTP_SECRET };
export const FOCAL_KEN = { email: 'focal.ken@example.org', password: 'demo-focal-ken-pass-1' };

interface Account {
  email: string;
  password: string;
  totpSecret?: string;
}

/**
 * Signs in through the API from the page's own origin (the session cookie lands in the browser),
 * so the tests do not depend on the sign-in page. A TOTP code is accepted once per 30 s step: when
 * the step was already used by an earlier sign-in, wait for the next one.
 */
export async function signInViaApi(page: Page, baseUrl: string, account: Account): Promise<void> {
  if (!page.url().startsWith(baseUrl)) await page.goto(`${baseUrl}/`);
  for (let attempt = 0; attempt < 2; attempt++) {
    const code = account.totpSecret ? totpCode(account.totpSecret, new Date()) : null;
    const status = await page.evaluate(
      async ({ email, password, code }) => {
        const json = { 'content-type': 'application/json' };
        const login = await fetch('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email, password }) });
        if (!login.ok) return `login ${login.status}`;
        const session = (await login.json()) as { csrfToken: string; stage: string };
        if (session.stage === 'mfa_required' && code) {
          const verify = await fetch('/api/auth/mfa/verify', { method: 'POST', headers: { ...json, 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ code }) });
          if (!verify.ok) return `verify ${verify.status}`;
        }
        localStorage.setItem('gci.signedIn', '1');
        return 'ok';
      },
      { email: account.email, password: account.password, code },
    );
    if (status === 'ok') return;
    if (!status.startsWith('verify') || attempt > 0) throw new Error(`signing in ${account.email} failed: ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 30_500 - (Date.now() % 30_000)));
  }
}

/** Waits for the route's page to settle: the header's loading bar gone. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="navigation-progress"]') && !document.querySelector('[data-testid="page-loading"]'));
}

/** axe-core on the page as it is now: the serious and critical violations (WCAG 2.1 A and AA), as readable lines. */
export async function severeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Calls the API from the page, with the session's CSRF token, as another tab of the same user would. */
export function apiFromPage<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}
