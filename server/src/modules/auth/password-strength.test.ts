import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { SECONDS, testClock } from '../../../test/clock.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { createCountry, createUser, signIn, TEST_PASSWORD, type Session, type TestUser } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { issueSetupLinkIfNoAdmin } from './first-admin.ts';
import { passwordWeakness } from './password-strength.ts';

/** What the external test found accepted, and zxcvbn's words for each. */
const WEAK = [
  ['aaaaaaaaaaaa', /Repeated characters/],
  ['123456789012', /commonly used password/],
  ['password1234', /similar to a commonly used password/],
] as const;
const STRONG = 'mango ladder quietly fourteen';

describe('passwords people choose are checked with zxcvbn', () => {
  it('refuses the guessable ones with its warning and suggestions, and takes a passphrase', () => {
    for (const [password, warning] of WEAK) {
      const weakness = passwordWeakness(password, { email: 'li.wei@example.org', name: 'Li Wei' });
      expect(weakness, password).toMatchObject({ reason: 'weak_password', advice: expect.stringMatching(warning) as string });
      expect(weakness!.advice).toMatch(/^is too easy to guess\. .*Add more words/);
      // the same feedback as keys, for the form to word in its own language
      expect(weakness!.suggestions).toContain('anotherWord');
      expect(weakness!.warning).toMatch(/^[a-zA-Z]+$/);
    }
    expect(passwordWeakness('123456789012', { email: 'li.wei@example.org' })).toMatchObject({ warning: 'common' });
    expect(passwordWeakness(STRONG, { email: 'li.wei@example.org', name: 'Li Wei' })).toBeNull();
  });

  it('counts the owner’s email and name as known words', () => {
    const owner = { email: 'wkamau@example.org', name: 'Wanjiru Kamau' };
    expect(passwordWeakness('Wanjiru Kamau 2026', owner)?.reason).toBe('weak_password');
    expect(passwordWeakness('Wanjiru Kamau 2026', { email: 'someone@example.org' })).toBeNull();
    expect(passwordWeakness('my wkamau passphrase', owner)).toMatchObject({ reason: 'email_name' });
  });
});

describe('the routes where a password is chosen refuse a weak one at its field', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  let adminUser: TestUser;
  let admin: Session;
  const post = (url: string, payload: object, session?: Session) =>
    app.inject({ method: 'POST', url, payload, ...(session ? { headers: session.headers } : {}) });
  const linkTokenOf = async (email: string) => {
    const mail = await handle.db.selectFrom('mailOutbox').select('body').where('toEmail', '=', email).orderBy('createdAt', 'desc').executeTakeFirst();
    return mail!.body!.match(/#([A-Za-z0-9_-]{43})/)![1]!;
  };
  const expectRefused = (res: Awaited<ReturnType<typeof post>>, field: string, label: string, warning: RegExp) => {
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json<{ code: string; field: string; message: string; details: unknown }>();
    expect(body).toMatchObject({
      code: 'validation_failed',
      field,
      details: { reason: 'weak_password', suggestions: expect.arrayContaining(['anotherWord']) as string[] },
    });
    expect(body.message).toMatch(new RegExp(`^${label} is too easy to guess\\. `));
    expect(body.message).toMatch(warning);
  };

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now, logLevel: 'silent' });
    await createCountry(handle.db, 'KEN');
    adminUser = await createUser(handle.db, 'admin');
  });
  beforeEach(async () => {
    clock.advance(30 * SECONDS); // a TOTP code signs in once
    admin = await signIn(app, adminUser, clock.now());
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('changing one’s password: 400 at body.newPassword, nothing written; a passphrase is taken', async () => {
    const focal = await createUser(handle.db, 'focal_point', 'KEN');
    const session = await signIn(app, focal, clock.now());
    const before = await dbDigest(handle.db);
    for (const [password, warning] of WEAK) {
      const res = await post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: password }, session);
      expectRefused(res, 'body.newPassword', 'The new password', warning);
    }
    expect(await dbDigest(handle.db)).toEqual(before);
    expect((await post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: STRONG }, session)).statusCode).toBe(204);
    expect((await post('/api/auth/login', { email: focal.email, password: STRONG })).statusCode).toBe(200);
  });

  it('redeeming an invitation: 400 at body.password and the link still works; a passphrase is taken', async () => {
    const invited = await post(
      '/api/users/invitations',
      { email: 'nadia.haddad@example.org', name: 'Nadia Haddad', role: 'focal_point', country: 'KEN' },
      admin,
    );
    expect(invited.statusCode, invited.body).toBe(201);
    const token = await linkTokenOf('nadia.haddad@example.org');
    for (const [password, warning] of WEAK) expectRefused(await post('/api/auth/links/redeem', { token, password }), 'body.password', 'The password', warning);
    expectRefused(
      await post('/api/auth/links/redeem', { token, password: 'Nadia Haddad 2026' }),
      'body.password',
      'The password',
      /your email address or your name/,
    );
    expect((await post('/api/auth/links/inspect', { token })).statusCode).toBe(200);
    expect((await post('/api/auth/links/redeem', { token, password: STRONG })).statusCode).toBe(204);
  });

  it('redeeming a password-reset link: the same', async () => {
    const user = await createUser(handle.db, 'focal_point', 'KEN');
    expect((await post('/api/auth/password-reset', { email: user.email })).statusCode).toBe(202);
    const token = await linkTokenOf(user.email);
    expectRefused(await post('/api/auth/links/redeem', { token, password: 'password1234' }), 'body.password', 'The password', /commonly used/);
    expect((await post('/api/auth/links/redeem', { token, password: STRONG })).statusCode).toBe(204);
  });
});

describe('the first admin’s password is checked too', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now, logLevel: 'silent' });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('through the setup link, with the email and name given there', async () => {
    const link = await issueSetupLinkIfNoAdmin(handle.db, { publicUrl: 'http://localhost:3000', now: clock.now() });
    const token = link!.url.split('#')[1]!;
    const redeem = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/links/redeem', payload: { token, password, email: 'amina@example.org', name: 'Amina Yusuf' } });
    const weak = await redeem('123456789012');
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ field: 'body.password', details: { reason: 'weak_password' } });
    expect((await redeem('amina yusuf amina')).json()).toMatchObject({ field: 'body.password' });
    expect((await redeem(STRONG)).statusCode).toBe(204);
  });

  it('from GCI_ADMIN_PASSWORD in `npm run create-admin`, before any database is opened', async () => {
    const cli = fileURLToPath(new URL('../../cli/create-admin.ts', import.meta.url));
    const run = promisify(execFile)(
      process.execPath,
      ['--conditions=@gci/source', '--import', 'tsx', cli, '--email', 'amina.yusuf@example.org', '--name', 'Amina Yusuf'],
      {
        env: { ...process.env, GCI_ADMIN_PASSWORD: 'password1234', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('GCI_ADMIN_PASSWORD is too easy to guess. This is similar to a commonly used password.') as string,
    });
  }, 30_000);
});
