import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { MINUTES, SECONDS, testClock } from '../../../test/clock.ts';
import { createUser, signIn, TEST_PASSWORD, type TestUser } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { sha256Hex } from '../../lib/hash.ts';
import { totpCode } from './totp.ts';

interface Pending {
  cookie: string;
  headers: Record<string, string>;
  stage: string;
}

describe('second factor', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  const cookieOf = (res: LightMyRequestResponse) => `gci_session=${res.cookies.find((c) => c.name === 'gci_session')!.value}`;
  const get = (url: string, cookie: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, p: { headers: Record<string, string> }, payload?: object) => app.inject({ method: 'POST', url, headers: p.headers, payload });
  const userRow = (id: string) => handle.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** The password step only. */
  async function passwordStep(user: TestUser): Promise<Pending> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = cookieOf(res);
    return { cookie, headers: { cookie, 'x-csrf-token': res.json().csrfToken }, stage: res.json().stage };
  }

  /** Enrols a staff member who has no authenticator yet, through setup and confirm. */
  async function enrol(user: TestUser) {
    const pending = await passwordStep(user);
    const setup = await post('/api/auth/mfa/setup', pending);
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret } = setup.json<{ secret: string }>();
    const confirm = await post('/api/auth/mfa/confirm', pending, { code: totpCode(secret, clock.now()) });
    expect(confirm.statusCode, confirm.body).toBe(200);
    return { pending, secret, confirm, recoveryCodes: confirm.json().recoveryCodes as string[] };
  }

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('keeps a staff session at the second step: 401 on every normal route until a code is given', async () => {
    const reviewer = await createUser(handle.db, 'reviewer');
    const pending = await passwordStep(reviewer);
    expect(pending.stage).toBe('mfa_required');
    expect((await get('/api/auth/session', pending.cookie)).json()).toMatchObject({ stage: 'mfa_required' });
    for (const url of ['/api/assessments', '/api/users']) {
      const res = await get(url, pending.cookie);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().message).toMatch(/second factor/);
    }
    const password = await post('/api/auth/password', pending, { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(password.statusCode).toBe(401);
  });

  it('gives a new token at the second step: the pre-MFA cookie stops working', async () => {
    const admin = await createUser(handle.db, 'admin');
    const pending = await passwordStep(admin);
    const verified = await post('/api/auth/mfa/verify', pending, { code: totpCode(admin.totpSecret!, clock.now()) });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ stage: 'active' });
    const active = cookieOf(verified);
    expect(active).not.toBe(pending.cookie);
    expect((await get('/api/auth/session', pending.cookie)).statusCode).toBe(401);
    expect((await get('/api/users', active)).statusCode).toBe(200);
    const sessions = await handle.db.selectFrom('sessions').select(['tokenHash', 'mfaVerified']).where('userId', '=', admin.id).execute();
    expect(sessions).toEqual([{ tokenHash: sha256Hex(active.split('=')[1]!), mfaVerified: true }]);
  });

  it('leaves the new cookie alone when a request sent with the pre-MFA token answers after the second step', async () => {
    // The page's own fetches, sent between the two steps, can finish after the rotation; a
    // Set-Cookie that clears the session there would sign the user out right after signing in.
    const analyst = await createUser(handle.db, 'analyst');
    const pending = await passwordStep(analyst);
    const verified = await post('/api/auth/mfa/verify', pending, { code: totpCode(analyst.totpSecret!, clock.now()) });
    expect(verified.statusCode, verified.body).toBe(200);
    for (const url of ['/api/auth/session', '/api/assessments', '/api/health']) {
      const late = await get(url, pending.cookie);
      expect(late.headers['set-cookie'], url).toBeUndefined();
    }
    expect((await get('/api/assessments', cookieOf(verified))).statusCode).toBe(200);
  });

  it('rejects a TOTP code used before, and one older than a step of drift', async () => {
    const analyst = await createUser(handle.db, 'analyst');
    await signIn(app, analyst, clock.now());
    const pending = await passwordStep(analyst);
    const replay = await post('/api/auth/mfa/verify', pending, { code: totpCode(analyst.totpSecret!, clock.now()) });
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ code: 'validation_failed', field: 'body.code' });
    clock.advance(30 * SECONDS);
    const stale = await post('/api/auth/mfa/verify', pending, { code: totpCode(analyst.totpSecret!, new Date(clock.now().getTime() - 90 * SECONDS)) });
    expect(stale.statusCode).toBe(400);
    expect((await get('/api/assessments', pending.cookie)).statusCode).toBe(401);
    const fresh = await post('/api/auth/mfa/verify', pending, { code: totpCode(analyst.totpSecret!, clock.now()) });
    expect(fresh.statusCode).toBe(200);
  });

  it('lets one code complete only one of two sign-ins racing with it', async () => {
    clock.advance(30 * SECONDS);
    const reviewer = await createUser(handle.db, 'reviewer');
    const [a, b] = [await passwordStep(reviewer), await passwordStep(reviewer)];
    const code = totpCode(reviewer.totpSecret!, clock.now());
    const results = await Promise.all([a, b].map((p) => post('/api/auth/mfa/verify', p, { code })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
    const verified = await handle.db.selectFrom('sessions').select('id').where('userId', '=', reviewer.id).where('mfaVerified', '=', true).execute();
    expect(verified).toHaveLength(1);
  });

  describe('guessing', () => {
    const wrongCode = (secret: string) => String((Number(totpCode(secret, clock.now())) + 1) % 1_000_000).padStart(6, '0');

    it('ends the pending session after five wrong codes, makes the account wait longer after each, and audits every one', async () => {
      clock.advance(60 * SECONDS);
      const analyst = await createUser(handle.db, 'analyst');
      const pending = await passwordStep(analyst);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await post('/api/auth/mfa/verify', pending, { code: wrongCode(analyst.totpSecret!) });
        statuses.push(res.statusCode);
        // past the third wrong code the account waits 1 s, 2 s … before the next attempt
        if (res.statusCode === 400 && i >= 2) {
          const early = await post('/api/auth/mfa/verify', pending, { code: wrongCode(analyst.totpSecret!) });
          expect(early.statusCode).toBe(429);
          expect(early.headers['retry-after']).toBe(String(2 ** (i - 2)));
          clock.advance(2 ** (i - 2) * SECONDS);
        }
      }
      expect(statuses).toEqual([400, 400, 400, 400, 401]);
      // the session is gone: even the right code no longer works in it
      clock.advance(30 * SECONDS);
      expect((await post('/api/auth/mfa/verify', pending, { code: totpCode(analyst.totpSecret!, clock.now()) })).statusCode).toBe(401);
      const audited = await handle.db
        .selectFrom('auditLog')
        .select('after')
        .where('action', '=', 'auth.second_factor_failed')
        .where('actorId', '=', analyst.id)
        .execute();
      expect(audited).toHaveLength(5);
      expect(audited.map((a) => (a.after as { accountFailures: number }).accountFailures)).toEqual([1, 2, 3, 4, 5]);

      // once its wait is over, a new sign-in with the right code works and clears the account's count
      const again = await passwordStep(analyst);
      expect((await post('/api/auth/mfa/verify', again, { code: totpCode(analyst.totpSecret!, clock.now()) })).statusCode).toBe(200);
      expect(await userRow(analyst.id)).toMatchObject({ mfaFailures: 0, mfaRetryAt: null });
    });

    it('bounds forty guesses in one session: five are taken, the rest are refused', async () => {
      clock.advance(60 * SECONDS);
      const reviewer = await createUser(handle.db, 'reviewer');
      const pending = await passwordStep(reviewer);
      const statuses = new Map<number, number>();
      for (let i = 0; i < 40; i++) {
        const res = await post('/api/auth/mfa/verify', pending, { code: wrongCode(reviewer.totpSecret!) });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        clock.advance(10 * MINUTES);
      }
      expect(statuses.get(400)).toBe(4);
      expect(statuses.get(401)).toBe(36);
      const failures = await handle.db
        .selectFrom('auditLog')
        .select('id')
        .where('action', '=', 'auth.second_factor_failed')
        .where('actorId', '=', reviewer.id)
        .execute();
      expect(failures).toHaveLength(5);
    });
  });

  describe('enrolment and recovery codes', () => {
    it('enrols an authenticator: setup, then confirm with a first code, then ten recovery codes shown once', async () => {
      const analyst = await createUser(handle.db, 'analyst', null, { totp: false });
      const pending = await passwordStep(analyst);
      expect(pending.stage).toBe('mfa_setup_required');
      expect((await get('/api/assessments', pending.cookie)).statusCode).toBe(401);
      expect((await post('/api/auth/mfa/verify', pending, { code: '123456' })).statusCode).toBe(409);

      const setup = await post('/api/auth/mfa/setup', pending);
      expect(setup.statusCode).toBe(200);
      const { secret, otpauthUrl } = setup.json<{ secret: string; otpauthUrl: string }>();
      expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/.+secret=/);
      expect(await userRow(analyst.id)).toMatchObject({ totpSecret: secret, totpEnabledAt: null });

      const wrong = await post('/api/auth/mfa/confirm', pending, { code: totpCode(secret, new Date(clock.now().getTime() - 10 * MINUTES)) });
      expect(wrong.statusCode).toBe(400);
      expect((await userRow(analyst.id)).totpEnabledAt).toBeNull();
      const audited = await handle.db
        .selectFrom('auditLog')
        .select(['actorId', 'after'])
        .where('action', '=', 'auth.second_factor_failed')
        .where('actorId', '=', analyst.id)
        .execute();
      expect(audited).toEqual([{ actorId: analyst.id, after: { method: 'totp_enrolment' } }]);

      const confirm = await post('/api/auth/mfa/confirm', pending, { code: totpCode(secret, clock.now()) });
      expect(confirm.statusCode, confirm.body).toBe(200);
      const codes = confirm.json().recoveryCodes as string[];
      expect(confirm.json().stage).toBe('active');
      expect(new Set(codes).size).toBe(10);
      for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
      const stored = await userRow(analyst.id);
      expect(stored.totpEnabledAt).not.toBeNull();
      expect(stored.recoveryCodes).toEqual(codes.map((c) => sha256Hex(c.replace('-', ''))));
      expect((await get('/api/auth/session', pending.cookie)).statusCode).toBe(401);
      expect((await get('/api/assessments', cookieOf(confirm))).statusCode).toBe(200);
      const again = await post('/api/auth/mfa/setup', { headers: { cookie: cookieOf(confirm), 'x-csrf-token': confirm.json().csrfToken } });
      expect(again.statusCode).toBe(409);
      expect((await userRow(analyst.id)).totpSecret).toBe(secret);
    });

    it('accepts every recovery code, each once, as shown or typed in capitals', async () => {
      const admin = await createUser(handle.db, 'admin', null, { totp: false });
      const { recoveryCodes } = await enrol(admin);
      for (const [i, code] of recoveryCodes.entries()) {
        const typed = i % 2 ? code.toUpperCase() : code;
        const res = await post('/api/auth/mfa/verify', await passwordStep(admin), { recoveryCode: typed });
        expect(res.statusCode, `code ${i} (${code}): ${res.body}`).toBe(200);
        expect((await userRow(admin.id)).recoveryCodes).toHaveLength(9 - i);
      }
      const reused = await post('/api/auth/mfa/verify', await passwordStep(admin), { recoveryCode: recoveryCodes[0] });
      expect(reused.statusCode).toBe(400);
      expect(reused.json()).toMatchObject({ field: 'body.recoveryCode' });
    });

    it('lets a recovery code complete only one of two sign-ins racing with it', async () => {
      const admin = await createUser(handle.db, 'admin', null, { totp: false });
      const { recoveryCodes } = await enrol(admin);
      const [a, b] = [await passwordStep(admin), await passwordStep(admin)];
      const results = await Promise.all([a, b].map((p) => post('/api/auth/mfa/verify', p, { recoveryCode: recoveryCodes[5] })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
      expect((await userRow(admin.id)).recoveryCodes).toHaveLength(9);
    });
  });
});
