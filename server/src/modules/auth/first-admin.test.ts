import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { HOURS, testClock } from '../../../test/clock.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { issueSetupLinkIfNoAdmin } from './first-admin.ts';

describe('the first admin, from the setup link of an empty database', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  const publicUrl = 'https://gci.example.org';
  const redeem = (payload: object) => app.inject({ method: 'POST', url: '/api/auth/links/redeem', payload });
  const tokenOf = (url: string) => url.split('#')[1]!;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('is issued at each start while there is no admin, each new link retiring the previous one', async () => {
    const first = await issueSetupLinkIfNoAdmin(handle.db, { publicUrl, now: clock.now() });
    expect(first?.url).toMatch(/^https:\/\/gci\.example\.org\/setup#[A-Za-z0-9_-]{43}$/);
    expect(first!.expiresAt.getTime() - clock.now().getTime()).toBe(24 * HOURS);
    const second = await issueSetupLinkIfNoAdmin(handle.db, { publicUrl, now: clock.now() });
    const inspect = (url: string) => app.inject({ method: 'POST', url: '/api/auth/links/inspect', payload: { token: tokenOf(url) } });
    expect((await inspect(first!.url)).statusCode).toBe(410);
    expect((await inspect(second!.url)).json()).toMatchObject({ purpose: 'setup', email: null });
  });

  it('needs the email and name of the admin it creates, and then works once', async () => {
    const link = (await issueSetupLinkIfNoAdmin(handle.db, { publicUrl, now: clock.now() }))!;
    const missing = await redeem({ token: tokenOf(link.url), password: 'the first admin passphrase' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ field: 'body.email' });

    const created = await redeem({ token: tokenOf(link.url), password: 'the first admin passphrase', email: 'Head@Example.org', name: 'Amina Yusuf' });
    expect(created.statusCode, created.body).toBe(204);
    const admin = await handle.db.selectFrom('users').selectAll().where('email', '=', 'head@example.org').executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ role: 'admin', name: 'Amina Yusuf', mustChangePassword: false });
    expect(admin.activatedAt).not.toBeNull();

    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'head@example.org', password: 'the first admin passphrase' },
    });
    expect(signedIn.json()).toMatchObject({ stage: 'mfa_setup_required' });
    expect((await redeem({ token: tokenOf(link.url), password: 'another passphrase here', email: 'second@example.org', name: 'Second' })).statusCode).toBe(410);
  });

  it('is not issued once an admin exists', async () => {
    expect(await issueSetupLinkIfNoAdmin(handle.db, { publicUrl, now: clock.now() })).toBeNull();
  });
});
