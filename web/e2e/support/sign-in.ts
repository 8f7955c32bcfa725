import type { Page } from 'playwright-core';
import { SessionInfoSchema, type SessionInfo } from '@gci/shared';
import type { Account } from './accounts.ts';
import { ApiUser } from './api-user.ts';
import type { RunningServer } from './start-server.ts';
import { freshTotp } from './totp.ts';

export interface SignInOptions {
  /** a page whose browser context gets the same session */
  page?: Page;
  /** where that page goes once signed in, e.g. `/assessments/${id}` */
  next?: string;
}

/**
 * Signs `account` in through the API (password, then a TOTP code for staff) and returns a client of
 * that session. With a page, its browser holds the same session (cookie, and the app's "signed in
 * before" hint), so the app loads signed in without the sign-in page, which tests of their own cover.
 */
export async function signIn(server: RunningServer, account: Account, { page, next }: SignInOptions = {}): Promise<ApiUser> {
  let step = await postSessionStep(server.url, '/api/auth/login', { email: account.email, password: account.password });
  if (step.session.stage === 'mfa_required' && account.totpSecret) {
    const code = await freshTotp(server, account.email, account.totpSecret);
    step = await postSessionStep(server.url, '/api/auth/mfa/verify', { code }, step);
  }
  if (step.session.stage !== 'active') throw new Error(`signing in ${account.email} stopped at the step ${step.session.stage}`);
  const user = new ApiUser(server.url, cookieHeader(step.cookies), step.session.csrfToken);
  if (page) {
    await page.context().addCookies(step.cookies.map((c) => ({ ...c, url: server.url, httpOnly: true, sameSite: 'Lax' as const })));
    await rememberSignedIn(page, server.url);
    if (next) await page.goto(`${server.url}${next}`);
  }
  return user;
}

interface Cookie {
  name: string;
  value: string;
}

interface SessionStep {
  session: SessionInfo;
  cookies: Cookie[];
}

const cookieHeader = (cookies: Cookie[]): string => cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/** One step of the sign-in; each answers with the session's state and a new session cookie. */
async function postSessionStep(baseUrl: string, path: string, body: unknown, previous?: SessionStep): Promise<SessionStep> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(previous ? { cookie: cookieHeader(previous.cookies), 'x-csrf-token': previous.session.csrfToken } : {}),
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((header) => {
    const pair = header.split(';')[0] ?? '';
    const equals = pair.indexOf('=');
    return { name: pair.slice(0, equals), value: pair.slice(equals + 1) };
  });
  return { session: SessionInfoSchema.parse(await response.json()), cookies: cookies.length ? cookies : (previous?.cookies ?? []) };
}

/**
 * Sets the hint the app keeps after a sign-in (web/src/features/auth/lib/session-store.ts), so that
 * public pages ask for the session too. From an empty document of the app's origin when the page is
 * elsewhere: the app itself must not start before the session exists.
 */
async function rememberSignedIn(page: Page, origin: string): Promise<void> {
  if (!page.url().startsWith(origin)) {
    const blank = `${origin}/`;
    await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Signing in</title>' }));
    await page.goto(blank);
    await page.unroute(blank);
  }
  await page.evaluate(() => localStorage.setItem('gci.signedIn', '1'));
}
