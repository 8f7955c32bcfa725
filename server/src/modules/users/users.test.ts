import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { SECONDS, testClock } from '../../../test/clock.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { createCountry, createUser, signIn, TEST_PASSWORD, type Session, type TestUser } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

describe('accounts', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  let admin: Session;
  const login = (email: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const whoAmI = (session: Session) => app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } });
  const createAccount = (payload: object) => app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload });
  const patchUser = (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload });
  const sessionCount = async (userId: string) => (await handle.db.selectFrom('sessions').select('id').where('userId', '=', userId).execute()).length;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now });
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    admin = await signIn(app, await createUser(handle.db, 'admin'), clock.now());
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  describe('an admin managing users', () => {
    it('creates an account whose one-time initial password works once, to choose a new one', async () => {
      const res = await createAccount({ email: ' New.Focal@Example.org ', name: 'Wanjiru', role: 'focal_point', country: 'KEN' });
      expect(res.statusCode, res.body).toBe(201);
      const { user, initialPassword } = res.json<{ user: { id: string; email: string }; initialPassword: string }>();
      expect(user).toMatchObject({ email: 'new.focal@example.org', role: 'focal_point', country: 'KEN', disabled: false, mfaEnabled: false });
      expect(initialPassword.length).toBeGreaterThanOrEqual(20);
      const row = await handle.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const signedIn = await login('new.focal@example.org', initialPassword);
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json()).toMatchObject({ stage: 'password_change_required', user: { id: user.id } });
    });

    it('sends a new staff account to authenticator enrolment at first sign-in', async () => {
      const res = await createAccount({ email: 'new.reviewer@example.org', name: 'Rev', role: 'reviewer' });
      expect(res.statusCode).toBe(201);
      const signedIn = await login('new.reviewer@example.org', res.json().initialPassword);
      expect(signedIn.json()).toMatchObject({ stage: 'mfa_setup_required' });
    });

    it.each([
      ['a focal point without a country', { role: 'focal_point' }, 'body.country'],
      ['an analyst with a country', { role: 'analyst', country: 'KEN' }, 'body.country'],
      ['an unknown country', { role: 'focal_point', country: 'XYZ' }, 'body.country'],
      ['a malformed email', { role: 'analyst', email: 'not-an-email' }, 'body.email'],
      ['an unknown role', { role: 'superuser' }, 'body.role'],
    ])('refuses %s with 400 naming the field, creating nothing', async (_name, fields, field) => {
      const before = await dbDigest(handle.db);
      const res = await createAccount({ email: 'someone@example.org', name: 'Someone', ...fields });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('refuses a second account with the same email (409)', async () => {
      const existing = await createUser(handle.db, 'analyst');
      const res = await createAccount({ email: existing.email.toUpperCase(), name: 'Dup', role: 'analyst' });
      expect(res.statusCode).toBe(409);
      expect(await handle.db.selectFrom('users').select('id').where('email', '=', existing.email).execute()).toHaveLength(1);
    });

    it('ends every session of a user whose role changes', async () => {
      const focal = await createUser(handle.db, 'focal_point', 'KEN');
      const [one, two] = [await signIn(app, focal), await signIn(app, focal)];
      const res = await patchUser(focal.id, { role: 'analyst' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().user).toMatchObject({ role: 'analyst', country: null });
      expect([(await whoAmI(one)).statusCode, (await whoAmI(two)).statusCode]).toEqual([401, 401]);
      expect(await sessionCount(focal.id)).toBe(0);
    });

    it('ends the sessions of a focal point moved to another country', async () => {
      const focal = await createUser(handle.db, 'focal_point', 'KEN');
      const session = await signIn(app, focal);
      expect((await patchUser(focal.id, { country: 'FRA' })).statusCode).toBe(200);
      expect((await whoAmI(session)).statusCode).toBe(401);
    });

    it('disables an account: its sessions end and it cannot sign in, with the usual message', async () => {
      const focal = await createUser(handle.db, 'focal_point', 'KEN');
      const session = await signIn(app, focal);
      const res = await patchUser(focal.id, { disabled: true });
      expect(res.statusCode).toBe(200);
      expect(res.json().user.disabled).toBe(true);
      expect((await whoAmI(session)).statusCode).toBe(401);
      expect(await sessionCount(focal.id)).toBe(0);
      const refused = await login(focal.email, TEST_PASSWORD);
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toEqual((await login(focal.email, 'a wrong password')).json());
      expect(await sessionCount(focal.id)).toBe(0);
    });

    it.each([
      ['a focal point role without a country', { role: 'focal_point' }],
      ['a country for an analyst', { country: 'KEN' }],
    ])('refuses %s with 400 body.country, changing nothing', async (_name, body) => {
      const analyst = await createUser(handle.db, 'analyst');
      const session = await signIn(app, analyst, clock.now());
      const before = await dbDigest(handle.db);
      const res = await patchUser(analyst.id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'body.country' });
      expect(await dbDigest(handle.db)).toEqual(before);
      expect((await whoAmI(session)).statusCode).toBe(200);
    });

    it('answers 404 for an account that does not exist', async () => {
      const res = await patchUser('00000000-0000-4000-8000-000000000000', { name: 'Ghost' });
      expect(res.statusCode).toBe(404);
    });
  });

  describe('changing one’s own password', () => {
    let focal: TestUser;
    beforeAll(async () => {
      focal = await createUser(handle.db, 'focal_point', 'KEN');
    });
    const change = (session: Session, body: object) => app.inject({ method: 'POST', url: '/api/auth/password', headers: session.headers, payload: body });

    it('requires the current password', async () => {
      const session = await signIn(app, focal);
      const before = await dbDigest(handle.db);
      const res = await change(session, { currentPassword: 'not my password', newPassword: 'a long new passphrase' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'body.currentPassword' });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('refuses a new password shorter than 12 characters', async () => {
      const res = await change(await signIn(app, focal), { currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'body.newPassword' });
    });

    it('changes it and ends the other sessions, keeping this one', async () => {
      const [current, other] = [await signIn(app, focal), await signIn(app, focal)];
      clock.advance(5 * SECONDS);
      const res = await change(current, { currentPassword: TEST_PASSWORD, newPassword: 'a long new passphrase' });
      expect(res.statusCode).toBe(204);
      expect((await whoAmI(other)).statusCode).toBe(401);
      expect((await whoAmI(current)).statusCode).toBe(200);
      expect(await sessionCount(focal.id)).toBe(1);
      expect((await login(focal.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(focal.email, 'a long new passphrase')).statusCode).toBe(200);
      const row = await handle.db.selectFrom('users').select('passwordChangedAt').where('id', '=', focal.id).executeTakeFirstOrThrow();
      expect(row.passwordChangedAt).toEqual(clock.now());
    });
  });
});
