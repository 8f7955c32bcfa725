import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, idempotencyKey, signIn, type Session } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

describe('a focal point answering the questionnaire', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let ken: Session;
  let assessments: Record<string, string>;
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    const { id } = await createPublishedMethodology(handle.db);
    ({ assessments } = await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN', 'FRA'] }));
    ken = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('saves, refuses a stale version, replays a retried key, and hides other countries', async () => {
    const url = `/api/assessments/${assessments.KEN}/answers/legal.law`;
    const key = idempotencyKey();
    const first = await app.inject({ method: 'PUT', url, headers: { ...ken.headers, 'idempotency-key': key }, payload: { value: true, baseVersion: 0 } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ answer: { value: true, version: 1 }, assessmentStatus: 'in_progress' });

    const retry = await app.inject({ method: 'PUT', url, headers: { ...ken.headers, 'idempotency-key': key }, payload: { value: true, baseVersion: 0 } });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const stale = await app.inject({
      method: 'PUT',
      url,
      headers: { ...ken.headers, 'idempotency-key': idempotencyKey() },
      payload: { value: false, baseVersion: 0 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', details: { current: { value: true, version: 1 } } });

    const other = await app.inject({ method: 'GET', url: `/api/assessments/${assessments.FRA}`, headers: ken.headers });
    expect(other.statusCode).toBe(404);

    const detail = await app.inject({ method: 'GET', url: `/api/assessments/${assessments.KEN}?lang=fr`, headers: ken.headers });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().methodology.pillars[0].texts.title).toEqual({ en: 'Legal', fr: 'Legal (fr)' });
    expect(detail.json().answers['legal.law'].version).toBe(1);
  });
});
