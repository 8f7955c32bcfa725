import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../test/test-db.ts';
import { TEST_CONFIG, TEST_INSTRUMENTS } from '../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  saveAnswer,
  signIn,
  TEST_PASSWORD,
  TEST_TOTP_SECRET,
} from '../../test/factories.ts';
import { buildApp } from '../app.ts';
import type { DatabaseHandle } from '../db/database.ts';

/**
 * What the server writes to its log at the most verbose level, captured line by line: never a
 * password, session token, CSRF token or second-factor secret (ASVS V16.2.5), always one JSON
 * object per line whatever the input (V16.4.1), and failed sign-ins and refusals are there (V16.3).
 */
describe('server logs', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const lines: string[] = [];
  const secrets: Record<string, string> = {};

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildApp({
      db: handle.appDb,
      dbKind: handle.kind,
      config: { ...TEST_CONFIG, logLevel: 'trace' },
      ...TEST_INSTRUMENTS,
      logStream: { write: (line) => void lines.push(line) },
    });
    await app.ready();

    await createCountry(handle.db, 'KEN');
    const { id } = await createPublishedMethodology(handle.db);
    const { assessments } = await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN'] });
    const admin = await createUser(handle.db, 'admin');
    const focal = await createUser(handle.db, 'focal_point', 'KEN');

    const staff = await signIn(app, admin);
    const team = await signIn(app, focal);
    Object.assign(secrets, {
      password: TEST_PASSWORD,
      totpSecret: TEST_TOTP_SECRET,
      staffToken: staff.cookie.split('=')[1]!,
      staffCsrf: staff.csrf,
      teamToken: team.cookie.split('=')[1]!,
      teamCsrf: team.csrf,
      wrongPassword: `wrong-${randomUUID()}`,
      newPassword: `a new passphrase ${randomUUID()}`,
    });
    await app.inject({ method: 'GET', url: '/api/audit', headers: staff.headers });
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: focal.email, password: secrets.wrongPassword } });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'forged\n{"level":60,"msg":"forged"}@example.org', password: secrets.wrongPassword },
    });
    await app.inject({ method: 'GET', url: '/api/users', headers: team.headers });
    await saveAnswer(app, team, assessments.KEN!, 'technical.staff', { value: 12, baseVersion: 0 });
    await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: team.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: secrets.newPassword },
    });
    // a failed query's parameters, as PGlite attaches them to its errors
    app.log.error(
      { err: Object.assign(new Error('insert failed'), { query: 'insert into sessions ...', params: [`param-${secrets.staffCsrf}`] }) },
      'request failed',
    );
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('writes one JSON object per line, even for input with a line break', () => {
    expect(lines.length).toBeGreaterThan(20);
    const records = lines.map((line) => JSON.parse(line) as { msg?: string; level: number });
    expect(records.filter((r) => r.msg === 'forged')).toEqual([]);
  });

  it('contains no password, session token, CSRF token or TOTP secret', () => {
    const log = lines.join('');
    for (const [name, secret] of Object.entries(secrets)) expect(log.includes(secret), name).toBe(false);
    expect(log).toContain('[Redacted]');
  });

  it('records failed sign-ins, refusals and validation failures', () => {
    const messages = lines.map((line) => JSON.parse(line) as { msg?: string; code?: string });
    expect(messages.some((m) => m.code === 'unauthenticated' && /email or password/.test(m.msg ?? ''))).toBe(true);
    expect(messages.some((m) => m.code === 'forbidden')).toBe(true);
    expect(messages.some((m) => m.code === 'validation_failed')).toBe(true);
  });
});
