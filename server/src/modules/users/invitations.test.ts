import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { HOURS, MINUTES, SECONDS, testClock } from '../../../test/clock.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { createCountry, createUser, signIn, TEST_PASSWORD, type Session, type TestUser } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

const NEW_PASSWORD = 'a passphrase of my very own';

describe('invitations, password resets and passwords set by an admin', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  let admin: Session;
  let adminUser: TestUser;

  const post = (url: string, payload: object, session?: Session) =>
    app.inject({ method: 'POST', url, payload, ...(session ? { headers: session.headers } : {}) });
  const login = (email: string, password: string) => post('/api/auth/login', { email, password });
  const invite = (payload: object, session = admin) => post('/api/users/invitations', payload, session);
  const listUsers = (query: string, session = admin) => app.inject({ method: 'GET', url: `/api/users?${query}`, headers: session.headers });
  const mailTo = async (email: string) => handle.db.selectFrom('mailOutbox').selectAll().where('toEmail', '=', email).orderBy('createdAt').execute();
  /** the secret of the newest link mailed to someone, read from the message as they would */
  const linkTokenOf = async (email: string) => {
    const mail = (await mailTo(email)).at(-1);
    const token = mail?.body?.match(/#([A-Za-z0-9_-]{43})/)?.[1];
    if (!token) throw new Error(`no link mailed to ${email}`);
    return token;
  };
  const auditActions = async (entityId: string) =>
    (await handle.db.selectFrom('auditLog').select('action').where('entityId', '=', entityId).orderBy('id').execute()).map((r) => r.action);

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now, logLevel: process.env.DEBUG_LOG ?? 'silent' });
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    adminUser = await createUser(handle.db, 'admin');
  });
  // the clock jumps past links' lifetimes, and sessions' with them: a fresh one for each test
  beforeEach(async () => {
    clock.advance(30 * SECONDS); // a TOTP code signs in once: the next test's is a step later
    admin = await signIn(app, adminUser, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  describe('an invitation', () => {
    it('creates an account that cannot sign in until its owner sets a password through the mailed link', async () => {
      const res = await invite({ email: 'Analyst.One@example.org', name: 'Li Wei', role: 'analyst', locale: 'zh' });
      expect(res.statusCode, res.body).toBe(201);
      const { user, invitation } = res.json<{ user: { id: string; status: string; locale: string }; invitation: { expiresAt: string } }>();
      expect(user).toMatchObject({ status: 'invited', locale: 'zh', lastSignInAt: null });
      expect(new Date(invitation.expiresAt).getTime() - clock.now().getTime()).toBe(72 * HOURS);

      const [mail] = await mailTo('analyst.one@example.org');
      expect(mail?.body).toContain('http://localhost:3000/welcome#');
      expect((await login('analyst.one@example.org', TEST_PASSWORD)).statusCode).toBe(401);

      const token = await linkTokenOf('analyst.one@example.org');
      const inspected = await post('/api/auth/links/inspect', { token });
      expect(inspected.statusCode, inspected.body).toBe(200);
      expect(inspected.json()).toEqual({ purpose: 'invitation', email: 'analyst.one@example.org', name: 'Li Wei', expiresAt: invitation.expiresAt });

      expect((await post('/api/auth/links/redeem', { token, password: NEW_PASSWORD })).statusCode).toBe(204);
      const signedIn = await login('analyst.one@example.org', NEW_PASSWORD);
      expect(signedIn.statusCode).toBe(200);
      // staff enrol an authenticator at their first sign-in
      expect(signedIn.json()).toMatchObject({ stage: 'mfa_setup_required' });
      expect(await auditActions(user.id)).toEqual(['user.invited', 'auth.login_failed', 'user.invitation_accepted']);

      const listed = await listUsers('search=analyst.one');
      expect(listed.json()).toMatchObject({ total: 1, users: [{ status: 'active', lastSignInAt: clock.now().toISOString() }] });
    });

    it('works once: a second use, or a use after 72 hours, answers 410 and changes nothing', async () => {
      await invite({ email: 'twice@example.org', name: 'Twice', role: 'reviewer' });
      const token = await linkTokenOf('twice@example.org');
      expect((await post('/api/auth/links/redeem', { token, password: NEW_PASSWORD })).statusCode).toBe(204);
      const before = await dbDigest(handle.db);
      const again = await post('/api/auth/links/redeem', { token, password: 'another long passphrase' });
      expect(again.statusCode).toBe(410);
      expect(again.json()).toMatchObject({ code: 'link_expired' });
      expect(await dbDigest(handle.db)).toEqual(before);

      await invite({ email: 'late@example.org', name: 'Late', role: 'reviewer' });
      const late = await linkTokenOf('late@example.org');
      clock.advance(72 * HOURS + MINUTES);
      expect((await post('/api/auth/links/inspect', { token: late })).statusCode).toBe(410);
      expect((await post('/api/auth/links/redeem', { token: late, password: NEW_PASSWORD })).statusCode).toBe(410);
    });

    it('lets only one of two racing redeems of one link set the password', async () => {
      await invite({ email: 'racing@example.org', name: 'Racing', role: 'focal_point', country: 'KEN' });
      const token = await linkTokenOf('racing@example.org');
      const results = await Promise.all([
        post('/api/auth/links/redeem', { token, password: 'first long passphrase' }),
        post('/api/auth/links/redeem', { token, password: 'second long passphrase' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([204, 410]);
    });

    it('refuses an email that has an account already (409), changing nothing', async () => {
      const existing = await createUser(handle.db, 'reviewer');
      const before = await dbDigest(handle.db);
      const res = await invite({ email: existing.email.toUpperCase(), name: 'Again', role: 'reviewer' });
      expect(res.statusCode).toBe(409);
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it.each([
      ['a focal point without a country', { role: 'focal_point' }, 'body.country'],
      ['a lead who is not a focal point', { role: 'analyst', lead: true }, 'body.lead'],
      ['an unknown language', { role: 'analyst', locale: 'de' }, 'body.locale'],
      ['an unknown country', { role: 'focal_point', country: 'XYZ' }, 'body.country'],
    ])('refuses %s with 400 naming the field', async (_name, fields, field) => {
      const before = await dbDigest(handle.db);
      const res = await invite({ email: 'someone.new@example.org', name: 'Someone', ...fields });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('can be sent again: the new link works and the old one stops; not once accepted', async () => {
      const { user } = (await invite({ email: 'resend@example.org', name: 'Resend', role: 'analyst' })).json<{ user: { id: string } }>();
      const first = await linkTokenOf('resend@example.org');
      const resent = await post(`/api/users/${user.id}/invitation`, {}, admin);
      expect(resent.statusCode, resent.body).toBe(200);
      const second = await linkTokenOf('resend@example.org');
      expect(second).not.toBe(first);
      expect((await post('/api/auth/links/inspect', { token: first })).statusCode).toBe(410);
      expect((await post('/api/auth/links/redeem', { token: second, password: NEW_PASSWORD })).statusCode).toBe(204);
      expect((await post(`/api/users/${user.id}/invitation`, {}, admin)).statusCode).toBe(409);
    });
  });

  describe('a lead focal point', () => {
    let lead: Session;
    let leadUser: TestUser;
    beforeAll(async () => {
      leadUser = await createUser(handle.db, 'focal_point', 'KEN', { lead: true });
    });
    beforeEach(async () => {
      lead = await signIn(app, leadUser, clock.now());
    });

    it('is told so by the session, so the web app can offer the team page', async () => {
      const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: lead.headers });
      expect(session.json()).toMatchObject({ stage: 'active', user: { id: leadUser.id, lead: true } });
    });

    it("invites colleagues for their own country and sees their country's team only", async () => {
      const res = await invite({ email: 'colleague.ken@example.org', name: 'Colleague', role: 'focal_point', country: 'KEN' }, lead);
      expect(res.statusCode, res.body).toBe(201);
      await createUser(handle.db, 'focal_point', 'FRA');
      const team = await listUsers('pageSize=100', lead);
      expect(team.statusCode).toBe(200);
      const countries = new Set(team.json<{ users: { country: string }[] }>().users.map((u) => u.country));
      expect([...countries]).toEqual(['KEN']);
    });

    it.each([
      ['another country', { role: 'focal_point', country: 'FRA' }],
      ['another role', { role: 'analyst' }],
      ['another lead', { role: 'focal_point', country: 'KEN', lead: true }],
    ])('cannot invite for %s (403), and nothing is written', async (_name, fields) => {
      const before = await dbDigest(handle.db);
      const res = await invite({ email: 'not.allowed@example.org', name: 'No', ...fields }, lead);
      expect(res.statusCode).toBe(403);
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('cannot change accounts, and a focal point who is not lead cannot invite or list', async () => {
      const colleague = await createUser(handle.db, 'focal_point', 'KEN');
      expect((await app.inject({ method: 'PATCH', url: `/api/users/${colleague.id}`, headers: lead.headers, payload: { disabled: true } })).statusCode).toBe(
        403,
      );
      const plain = await signIn(app, colleague, clock.now());
      expect((await invite({ email: 'x.ken@example.org', name: 'X', role: 'focal_point', country: 'KEN' }, plain)).statusCode).toBe(403);
      expect((await listUsers('', plain)).statusCode).toBe(403);
    });
  });

  describe('a password reset', () => {
    it('mails a one-hour link to an existing account, and gives an unknown email the very same answer', async () => {
      const focal = await createUser(handle.db, 'focal_point', 'KEN');
      const known = await post('/api/auth/password-reset', { email: focal.email });
      const unknown = await post('/api/auth/password-reset', { email: 'nobody.here@example.org' });
      expect([known.statusCode, unknown.statusCode], known.body).toEqual([202, 202]);
      expect(known.body).toBe(unknown.body);
      expect(await mailTo('nobody.here@example.org')).toHaveLength(0);
      const [mail] = await mailTo(focal.email);
      expect(mail?.body).toContain('/reset-password#');

      const session = await signIn(app, focal, clock.now());
      const token = await linkTokenOf(focal.email);
      expect((await post('/api/auth/links/inspect', { token })).json()).toMatchObject({ purpose: 'password_reset', email: focal.email });
      expect((await post('/api/auth/links/redeem', { token, password: NEW_PASSWORD })).statusCode).toBe(204);
      // every session of the account ends: whoever knew the old password is out
      expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers: session.headers })).statusCode).toBe(401);
      expect((await login(focal.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(focal.email, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('sends at most three links an hour to one account, answering 202 all the same', async () => {
      const focal = await createUser(handle.db, 'focal_point', 'FRA');
      for (let i = 0; i < 5; i++) expect((await post('/api/auth/password-reset', { email: focal.email })).statusCode).toBe(202);
      expect(await mailTo(focal.email)).toHaveLength(3);
      clock.advance(HOURS + MINUTES);
      await post('/api/auth/password-reset', { email: focal.email });
      expect(await mailTo(focal.email)).toHaveLength(4);
    });

    it('expires after an hour', async () => {
      const focal = await createUser(handle.db, 'focal_point', 'KEN');
      await post('/api/auth/password-reset', { email: focal.email });
      const token = await linkTokenOf(focal.email);
      clock.advance(HOURS + MINUTES);
      expect((await post('/api/auth/links/redeem', { token, password: NEW_PASSWORD })).statusCode).toBe(410);
      expect((await login(focal.email, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('refuses a malformed link code with 400 naming it', async () => {
      const res = await post('/api/auth/links/redeem', { token: 'short', password: NEW_PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'body.token' });
    });
  });

  describe('a password set by an admin', () => {
    it('must be changed at first sign-in: until then every other route answers 403 password_change_required', async () => {
      const created = await post('/api/users', { email: 'chosen.for.me@example.org', name: 'Chosen', role: 'focal_point', country: 'KEN' }, admin);
      const { initialPassword } = created.json<{ initialPassword: string }>();
      const signedIn = await login('chosen.for.me@example.org', initialPassword);
      expect(signedIn.json()).toMatchObject({ stage: 'password_change_required' });
      const cookie = signedIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const headers = { cookie, 'x-csrf-token': signedIn.json<{ csrfToken: string }>().csrfToken };

      const blocked = await app.inject({ method: 'GET', url: '/api/assessments', headers });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json()).toMatchObject({ code: 'password_change_required' });
      expect((await app.inject({ method: 'GET', url: '/api/notifications', headers })).statusCode).toBe(403);

      const changed = await app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers,
        payload: { currentPassword: initialPassword, newPassword: NEW_PASSWORD },
      });
      expect(changed.statusCode, changed.body).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers })).json()).toMatchObject({ stage: 'active' });
      expect((await app.inject({ method: 'GET', url: '/api/assessments', headers })).statusCode).toBe(200);
    });
  });

  describe('the people list', () => {
    it('searches, filters by role, country and status, and pages with a total', async () => {
      for (let i = 0; i < 3; i++) await createUser(handle.db, 'focal_point', 'FRA', { name: `Paged Person ${i}` });
      const page1 = await listUsers('search=paged%20person&pageSize=2&page=1');
      const page2 = await listUsers('search=paged%20person&pageSize=2&page=2');
      expect(page1.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(page1.json<{ users: unknown[] }>().users).toHaveLength(2);
      expect(page2.json<{ users: { name: string }[] }>().users.map((u) => u.name)).toEqual(['Paged Person 2']);

      const invited = await listUsers('status=invited&pageSize=100');
      expect(invited.json<{ users: { status: string }[] }>().users.every((u) => u.status === 'invited')).toBe(true);
      const never = await listUsers('lastSignIn=never&role=focal_point&country=FRA&pageSize=100');
      const rows = never.json<{ users: { lastSignInAt: string | null; role: string; country: string }[] }>().users;
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(rows.every((u) => u.lastSignInAt === null && u.role === 'focal_point' && u.country === 'FRA')).toBe(true);
    });

    it('refuses an unknown filter value with 400 naming it', async () => {
      const res = await listUsers('status=sleeping');
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'querystring.status' });
    });
  });
});
