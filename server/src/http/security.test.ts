import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { createTestDb } from '../../test/test-db.ts';
import { TEST_CONFIG, TEST_INSTRUMENTS } from '../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, idempotencyKey, signIn } from '../../test/factories.ts';
import type { DatabaseHandle } from '../db/database.ts';

describe('security hardening', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildApp({ db: handle.appDb, dbKind: handle.kind, config: { ...TEST_CONFIG, cookieSecure: true }, ...TEST_INSTRUMENTS, writeRateLimit: 5 });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('sends a strict Content-Security-Policy, HSTS over TLS, nosniff and a referrer policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('lets any website read the public routes (CORS *), and only those', async () => {
    const origin = { origin: 'https://notebook.example.net' };
    for (const url of [
      '/api/public/cycles',
      '/api/public/cycles/2031/results',
      '/api/public/cycles/2031/downloads/results.csv',
      '/api/public/cycles/1/results',
    ]) {
      const res = await app.inject({ method: 'GET', url, headers: origin });
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
      expect(res.headers['access-control-expose-headers'], url).toMatch(/ETag/);
      expect(res.headers['cross-origin-resource-policy'], url).toBe('cross-origin');
      expect(res.headers['access-control-allow-credentials'], url).toBeUndefined();
    }
    for (const request of [
      { method: 'GET' as const, url: '/api/health' },
      { method: 'GET' as const, url: '/api/auth/session' },
      { method: 'GET' as const, url: '/api/assessments' },
    ]) {
      const res = await app.inject({ ...request, headers: origin });
      expect(res.headers['access-control-allow-origin'], request.url).toBeUndefined();
      expect(res.headers['cross-origin-resource-policy'], request.url).toBe('same-origin');
    }
  });

  it('never puts a stack trace or SQL in an error body', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|select |insert into/i);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.org', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('limits how many changes one user can send per minute, with Retry-After', async () => {
    await createCountry(handle.db, 'KEN');
    const { id } = await createPublishedMethodology(handle.db);
    const { assessments } = await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN'] });
    const session = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
    const statuses: number[] = [];
    let version = 0;
    for (let i = 0; i < 7; i++) {
      const res = await app.inject({
        method: 'PUT',
        url: `/api/assessments/${assessments.KEN}/answers/technical.staff`,
        headers: { ...session.headers, 'idempotency-key': idempotencyKey() },
        payload: { value: i, baseVersion: version },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 200) version = res.json().answer.version;
      if (res.statusCode === 429) {
        expect(res.json().code).toBe('rate_limited');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.filter((s) => s === 200).length).toBe(5);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
