import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { HOURS, MINUTES, SECONDS, testClock } from '../../../test/clock.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  idempotencyKey,
  saveAnswer,
  signIn,
  TEST_PASSWORD,
  type Session,
  type TestUser,
} from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { sha256Hex } from '../../lib/hash.ts';

describe('sessions', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  let focal: TestUser;
  let assessmentId: string;
  const whoAmI = (session: Pick<Session, 'cookie'>) => app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } });
  const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
  const sessionsOf = (userId: string) => handle.db.selectFrom('sessions').selectAll().where('userId', '=', userId).execute();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now });
    await createCountry(handle.db, 'KEN');
    const { id } = await createPublishedMethodology(handle.db);
    assessmentId = (await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN'] })).assessments.KEN!;
    focal = await createUser(handle.db, 'focal_point', 'KEN');
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('gives a new random token at every login and stores only its hash', async () => {
    const first = await signIn(app, focal);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: focal.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    const [oldToken, newToken] = [first.cookie.split('=')[1]!, again.cookies[0]!.value];
    expect(newToken).not.toBe(oldToken);
    expect(newToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    const hashes = (await sessionsOf(focal.id)).map((s) => s.tokenHash);
    expect(hashes).toEqual(expect.arrayContaining([sha256Hex(oldToken), sha256Hex(newToken)]));
    expect(hashes).not.toContain(newToken);
  });

  it('ends the session on the server at logout: the old cookie gets 401 afterwards', async () => {
    const session = await signIn(app, focal);
    expect((await whoAmI(session)).statusCode).toBe(200);
    const before = (await sessionsOf(focal.id)).length;
    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies[0]).toMatchObject({ name: 'gci_session', value: '' });
    expect((await sessionsOf(focal.id)).length).toBe(before - 1);
    const replayed = await whoAmI(session);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json()).toMatchObject({ code: 'unauthenticated' });
  });

  describe('refuses forged state-changing requests and changes nothing', () => {
    const cases: [string, (s: Session) => Record<string, string>][] = [
      ['no x-csrf-token header', (s) => ({ cookie: s.cookie })],
      ['a wrong x-csrf-token', (s) => ({ cookie: s.cookie, 'x-csrf-token': `${s.csrf.slice(0, -2)}xx` })],
      ['a well-formed token that is not this session’s', (s) => ({ cookie: s.cookie, 'x-csrf-token': 'A'.repeat(43) })],
      ['Sec-Fetch-Site: cross-site, even with the right token', (s) => ({ ...s.headers, 'sec-fetch-site': 'cross-site' })],
    ];
    it.each(cases)('%s → 403 csrf_failed', async (_name, headersOf) => {
      const session = await signIn(app, focal);
      const before = await dbDigest(handle.db);
      const res = await app.inject({
        method: 'PUT',
        url: `/api/assessments/${assessmentId}/answers/legal.law`,
        headers: { ...headersOf(session), 'idempotency-key': idempotencyKey() },
        payload: { value: true, baseVersion: 0 },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'csrf_failed' });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('refuses a cross-site login or logout too', async () => {
      const session = await signIn(app, focal);
      const before = await dbDigest(handle.db);
      const crossSite = { 'sec-fetch-site': 'cross-site' };
      const loginRes = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: crossSite,
        payload: { email: focal.email, password: TEST_PASSWORD },
      });
      const logoutRes = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...session.headers, ...crossSite } });
      expect([loginRes.statusCode, logoutRes.statusCode]).toEqual([403, 403]);
      expect(await dbDigest(handle.db)).toEqual(before);
      expect((await whoAmI(session)).statusCode).toBe(200);
    });

    it('accepts the same request from our own pages', async () => {
      const session = await signIn(app, focal);
      const res = await saveAnswer(app, { ...session, headers: { ...session.headers, 'sec-fetch-site': 'same-origin' } }, assessmentId, 'technical.tools', {
        value: ['a'],
        baseVersion: 0,
      });
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  describe('brute force', () => {
    it('slows an account after five bad passwords with growing delays (429 and Retry-After), even for the right one, then lets its owner in', async () => {
      const user = await createUser(handle.db, 'focal_point', 'KEN');
      const ip = '10.0.0.11';
      for (let i = 0; i < 5; i++) expect((await login(user.email, 'wrong password', ip)).statusCode).toBe(401);
      const blocked = await login(user.email, TEST_PASSWORD, ip);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toBe('1');
      expect(blocked.json()).toMatchObject({ code: 'rate_limited' });
      expect(await sessionsOf(user.id)).toEqual([]);
      // each further failure doubles the wait: 1 s, 2 s, 4 s …
      for (const wait of [1, 2, 4, 8]) {
        clock.advance(wait * SECONDS);
        expect((await login(user.email, 'wrong password', ip)).statusCode).toBe(401);
        expect((await login(user.email, 'wrong password', ip)).headers['retry-after']).toBe(String(wait * 2));
      }
      // the delay never grows past five minutes, so nobody can keep the owner out for long
      clock.advance(16 * SECONDS);
      for (let i = 0; i < 6; i++) {
        expect((await login(user.email, 'wrong password', ip)).statusCode).toBe(401);
        clock.advance(5 * MINUTES);
      }
      expect((await login(user.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
    });

    it('counts failures per account across addresses, without slowing other accounts from the same address', async () => {
      const user = await createUser(handle.db, 'focal_point', 'KEN');
      const colleague = await createUser(handle.db, 'focal_point', 'KEN');
      for (let i = 0; i < 5; i++) expect((await login(user.email, 'wrong password', `10.1.0.${i}`)).statusCode).toBe(401);
      expect((await login(user.email, TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(429);
      expect((await login(colleague.email, TEST_PASSWORD, '10.1.0.4')).statusCode).toBe(200);
    });

    it('refuses an address after a hundred failures in 15 minutes, whatever account it tries, and only that address', async () => {
      const ip = '10.9.9.9';
      for (let i = 0; i < 100; i++) expect((await login(`guess.${i}@example.org`, 'wrong password', ip)).statusCode).toBe(401);
      const refused = await login(focal.email, TEST_PASSWORD, ip);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await login(focal.email, TEST_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
      clock.advance(15 * MINUTES + SECONDS);
      expect((await login(focal.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
    });

    it('answers an unknown email and a wrong password with the same status and message', async () => {
      const unknown = await login('nobody.here@example.org', 'wrong password', '10.2.0.1');
      const wrong = await login(focal.email, 'wrong password', '10.2.0.2');
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.body).toBe(wrong.body);
    });
  });

  describe('timeouts (injected clock)', () => {
    it('ends a session idle for more than 30 minutes, and keeps an active one', async () => {
      const session = await signIn(app, focal, clock.now());
      clock.advance(29 * MINUTES);
      expect((await whoAmI(session)).statusCode).toBe(200);
      clock.advance(29 * MINUTES);
      expect((await whoAmI(session)).statusCode).toBe(200);
      clock.advance(30 * MINUTES + SECONDS);
      const expired = await whoAmI(session);
      expect(expired.statusCode).toBe(401);
      // ended on the server; the cookie is left to expire, so a late reply cannot wipe a newer one
      expect(expired.headers['set-cookie']).toBeUndefined();
      expect(
        await handle.db
          .selectFrom('sessions')
          .select('id')
          .where('tokenHash', '=', sha256Hex(session.cookie.split('=')[1]!))
          .execute(),
      ).toEqual([]);
    });

    it('ends even an active session 12 hours after sign-in', async () => {
      const session = await signIn(app, focal, clock.now());
      for (let elapsed = 20 * MINUTES; elapsed < 12 * HOURS; elapsed += 20 * MINUTES) {
        clock.advance(20 * MINUTES);
        expect((await whoAmI(session)).statusCode, `after ${elapsed / MINUTES} min`).toBe(200);
      }
      clock.advance(20 * MINUTES);
      expect((await whoAmI(session)).statusCode).toBe(401);
    });
  });

  describe('cookie and caching', () => {
    it('sets an HttpOnly, SameSite=Lax cookie for the whole site', async () => {
      const res = await login(focal.email, TEST_PASSWORD);
      const header = String(res.headers['set-cookie']);
      expect(header).toMatch(/^gci_session=[^;]+;/);
      expect(header).toMatch(/; HttpOnly/);
      expect(header).toMatch(/; SameSite=Lax/);
      expect(header).toMatch(/; Path=\/(;|$)/);
      expect(header).not.toMatch(/Domain=/);
    });

    it('uses a Secure __Host- cookie when cookies are secure', async () => {
      const secureApp = await buildTestApp(handle, { now: clock.now, cookieSecure: true });
      try {
        const res = await secureApp.inject({ method: 'POST', url: '/api/auth/login', payload: { email: focal.email, password: TEST_PASSWORD } });
        const header = String(res.headers['set-cookie']);
        expect(header).toMatch(/^__Host-gci_session=[^;]+;/);
        expect(header).toMatch(/; Secure/);
        expect(header).toMatch(/; HttpOnly/);
        expect(header).toMatch(/; Path=\/(;|$)/);
        const session = await secureApp.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `__Host-gci_session=${res.cookies[0]!.value}` } });
        expect(session.statusCode).toBe(200);
      } finally {
        await secureApp.close();
      }
    });

    it('marks every authenticated response no-store, sign-in included', async () => {
      const res = await login(focal.email, TEST_PASSWORD);
      expect(res.headers['cache-control']).toBe('no-store');
      const session = await signIn(app, focal);
      for (const url of ['/api/auth/session', '/api/assessments', `/api/assessments/${assessmentId}`]) {
        const r = await app.inject({ method: 'GET', url, headers: session.headers });
        expect(r.statusCode, url).toBe(200);
        expect(r.headers['cache-control'], url).toBe('no-store');
      }
    });
  });
});
