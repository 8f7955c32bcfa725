import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ErrorBodySchema, ValidationDetailsSchema } from '@gci/shared';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { buildTestApp } from '../../test/build-test-app.ts';
import type { DatabaseHandle } from '../db/database.ts';

describe('the HTTP foundation', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('reports the database kind and that it answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { kind: testDbKind(), ok: true } });
  });

  it('answers 503 with Retry-After when the database is gone', async () => {
    const other = await createTestDb();
    const broken = await buildTestApp(other);
    // close the engine underneath the app, as a crashed or unreachable database would be
    if (other.pglite) await other.pglite.close();
    else await other.close();
    const res = await broken.inject({ method: 'GET', url: '/api/health' });
    await broken.close();
    if (other.pglite) await other.close().catch(() => undefined);
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
  });

  it('answers a bad parameter with 400, a machine-readable code and the field at fault', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/cycles/nineteen/results' });
    expect(res.statusCode).toBe(400);
    const body = ErrorBodySchema.parse(res.json());
    expect(body.code).toBe('validation_failed');
    expect(body.field).toBe('params.year');
    expect(body.message).toMatch(/params\.year/);
    // the issue in machine terms too, for a client to word in its reader's language
    expect(ValidationDetailsSchema.parse(body.details).issue).toEqual({ code: 'invalid_type', expected: 'number' });
  });

  it('answers an unknown cycle with 404, not 400 or 500', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/public/cycles/2031/results' });
    expect(res.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(res.json())).toMatchObject({ code: 'not_found' });
  });

  it('answers an unknown API route with a 404 error body', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', message: expect.stringContaining('/api/no-such-thing') });
  });

  it('never answers malformed JSON with a 500', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/public/cycles', headers: { 'content-type': 'application/json' }, payload: '{"a":' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(ErrorBodySchema.safeParse(res.json()).success).toBe(true);
  });

  it('serves a valid OpenAPI 3 document with every route and no rank field', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = z
      .object({
        openapi: z.string().regex(/^3\./),
        info: z.object({ title: z.string(), version: z.string() }),
        paths: z.record(z.string(), z.record(z.string(), z.object({ responses: z.record(z.string(), z.unknown()) }))),
      })
      .parse(res.json());
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/public/cycles', '/api/public/cycles/{year}/results']));
    expect(res.body).not.toMatch(/"rank"/i);
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
