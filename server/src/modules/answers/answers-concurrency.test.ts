import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  idempotencyKey,
  saveAnswer,
  signIn,
  type Session,
  type TestUser,
} from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

describe('saving an answer', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let amina: TestUser;
  let brice: TestUser;
  let first: Session;
  let second: Session;
  let methodologyVersionId: string;
  /** A fresh assessment for each test, so each starts from no answers. */
  const newAssessment = async () => (await createCycle(handle.db, { methodologyVersionId, countries: ['KEN'] })).assessments.KEN!;
  const stored = (assessmentId: string, questionKey: string) =>
    handle.db
      .selectFrom('answers')
      .select(['value', 'version', 'updatedBy'])
      .where('assessmentId', '=', assessmentId)
      .where('questionKey', '=', questionKey)
      .executeTakeFirst();
  const history = (assessmentId: string, questionKey: string) =>
    handle.db
      .selectFrom('answerHistory')
      .select(['version', 'after', 'changedBy'])
      .where('assessmentId', '=', assessmentId)
      .where('questionKey', '=', questionKey)
      .orderBy('version')
      .execute();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    ({ id: methodologyVersionId } = await createPublishedMethodology(handle.db));
    amina = await createUser(handle.db, 'focal_point', 'KEN', { name: 'Amina' });
    brice = await createUser(handle.db, 'focal_point', 'KEN', { name: 'Brice' });
    [first, second] = [await signIn(app, amina), await signIn(app, brice)];
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  describe('by two people at once (optimistic concurrency)', () => {
    it('refuses the second save of the same version with 409 showing the current value, who and when; nothing is overwritten', async () => {
      const assessmentId = await newAssessment();
      const saved = await saveAnswer(app, first, assessmentId, 'technical.staff', { value: 12, baseVersion: 0 });
      expect(saved.statusCode, saved.body).toBe(200);
      const link = await app.inject({
        method: 'POST',
        url: `/api/assessments/${assessmentId}/answers/technical.staff/evidence`,
        headers: first.headers,
        payload: { title: 'CIRT staffing plan', url: 'https://example.org/cirt' },
      });
      expect(link.statusCode, link.body).toBe(201);
      const stale = await saveAnswer(app, second, assessmentId, 'technical.staff', { value: 40, baseVersion: 0 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        code: 'version_conflict',
        field: 'body.baseVersion',
        message: expect.stringContaining('Amina'),
        details: {
          current: {
            value: 12,
            version: 1,
            updatedBy: { id: amina.id, name: 'Amina' },
            updatedAt: saved.json().answer.updatedAt,
            evidence: [{ title: 'CIRT staffing plan', url: 'https://example.org/cirt' }],
          },
        },
      });
      expect(await stored(assessmentId, 'technical.staff')).toEqual({ value: 12, version: 1, updatedBy: amina.id });

      const rebased = await saveAnswer(app, second, assessmentId, 'technical.staff', { value: 40, baseVersion: 1 });
      expect(rebased.statusCode).toBe(200);
      expect(rebased.json().answer).toMatchObject({ value: 40, version: 2, updatedBy: { name: 'Brice' } });
      const stale2 = await saveAnswer(app, first, assessmentId, 'technical.staff', { value: 13, baseVersion: 1 });
      expect(stale2.statusCode).toBe(409);
      expect(await history(assessmentId, 'technical.staff')).toEqual([
        { version: 1, after: 12, changedBy: amina.id },
        { version: 2, after: 40, changedBy: brice.id },
      ]);
    });

    it.each([0, 1])('lets exactly one of 20 parallel saves on version %i win; the other 19 get 409 and one history row is written', async (baseVersion) => {
      const assessmentId = await newAssessment();
      if (baseVersion === 1) expect((await saveAnswer(app, first, assessmentId, 'technical.staff', { value: 0, baseVersion: 0 })).statusCode).toBe(200);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => saveAnswer(app, i % 2 ? second : first, assessmentId, 'technical.staff', { value: 100 + i, baseVersion })),
      );
      const statuses = results.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const winner = results.find((r) => r.statusCode === 200)!.json().answer;
      expect(await stored(assessmentId, 'technical.staff')).toMatchObject({ value: winner.value, version: baseVersion + 1 });
      const rows = await history(assessmentId, 'technical.staff');
      expect(rows).toHaveLength(baseVersion + 1);
      expect(rows.at(-1)).toMatchObject({ version: baseVersion + 1, after: winner.value });
      for (const loser of results.filter((r) => r.statusCode === 409)) {
        expect(loser.json().details.current).toMatchObject({ value: winner.value, version: baseVersion + 1 });
      }
    });
  });

  describe('retried with the same Idempotency-Key', () => {
    it('writes once and answers the retry with the identical body', async () => {
      const assessmentId = await newAssessment();
      const key = idempotencyKey();
      const once = await saveAnswer(app, first, assessmentId, 'legal.law', { value: true, baseVersion: 0 }, key);
      const retry = await saveAnswer(app, first, assessmentId, 'legal.law', { value: true, baseVersion: 0 }, key);
      expect([once.statusCode, retry.statusCode]).toEqual([200, 200]);
      expect(retry.body).toBe(once.body);
      expect(await stored(assessmentId, 'legal.law')).toMatchObject({ value: true, version: 1 });
      expect(await history(assessmentId, 'legal.law')).toHaveLength(1);
    });

    it('writes once when ten copies arrive at the same time', async () => {
      const assessmentId = await newAssessment();
      const key = idempotencyKey();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => saveAnswer(app, first, assessmentId, 'technical.cirt', { value: 'national', baseVersion: 0 }, key)),
      );
      expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
      expect(new Set(results.map((r) => r.body)).size).toBe(1);
      expect(await stored(assessmentId, 'technical.cirt')).toMatchObject({ value: 'national', version: 1 });
      expect(await history(assessmentId, 'technical.cirt')).toHaveLength(1);
      expect(await handle.db.selectFrom('idempotencyKeys').select('key').where('key', '=', key).execute()).toHaveLength(1);
    });

    it('refuses the same key with a different body (422) and changes nothing', async () => {
      const assessmentId = await newAssessment();
      const key = idempotencyKey();
      expect((await saveAnswer(app, first, assessmentId, 'legal.spam', { value: 'partial', baseVersion: 0 }, key)).statusCode).toBe(200);
      const before = await dbDigest(handle.db);
      const reused = await saveAnswer(app, first, assessmentId, 'legal.spam', { value: 'absent', baseVersion: 0 }, key);
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toMatchObject({ field: 'headers.idempotency-key' });
      expect(await dbDigest(handle.db)).toEqual(before);
    });

    it('does not replay one person’s key for another', async () => {
      const assessmentId = await newAssessment();
      const key = idempotencyKey();
      expect((await saveAnswer(app, first, assessmentId, 'legal.law', { value: true, baseVersion: 0 }, key)).statusCode).toBe(200);
      const other = await saveAnswer(app, second, assessmentId, 'legal.law', { value: true, baseVersion: 0 }, key);
      expect(other.statusCode).toBe(409);
      expect(await history(assessmentId, 'legal.law')).toHaveLength(1);
    });
  });
});
