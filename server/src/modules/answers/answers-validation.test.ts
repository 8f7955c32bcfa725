import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, idempotencyKey, signIn, type Session } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

/** [what is wrong, question, body, the field the 400 must name, the rule's issue code when the service finds it] */
type Case = [string, string, unknown, string, string?];
const json = (raw: string) => ({ raw });

const CASES: Case[] = [
  ['yes/no given a string', 'legal.law', { value: 'yes', baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['yes/no given a number', 'legal.law', { value: 1, baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['status given a boolean', 'legal.spam', { value: true, baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['status not in the list', 'legal.spam', { value: 'maybe', baseVersion: 0 }, 'body.value', 'unknown_option'],
  ['single choice given a list', 'technical.cirt', { value: ['national'], baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['single choice option not in the list', 'technical.cirt', { value: 'regional', baseVersion: 0 }, 'body.value', 'unknown_option'],
  ['multiple choice given a string', 'technical.tools', { value: 'a', baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['multiple choice option not in the list', 'technical.tools', { value: ['a', 'z'], baseVersion: 0 }, 'body.value', 'unknown_option'],
  ['multiple choice option twice', 'technical.tools', { value: ['a', 'a'], baseVersion: 0 }, 'body.value', 'duplicate_option'],
  ['number given a string', 'technical.staff', { value: '12', baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['number below the minimum', 'technical.staff', { value: -1, baseVersion: 0 }, 'body.value', 'out_of_range'],
  ['number above the maximum', 'technical.staff', { value: 10_001, baseVersion: 0 }, 'body.value', 'out_of_range'],
  ['a fraction where a whole number is asked', 'technical.staff', { value: 2.5, baseVersion: 0 }, 'body.value', 'not_integer'],
  ['a number too large for JSON (1e400)', 'technical.staff', json('{"value":1e400,"baseVersion":0}'), 'body.value'],
  ['text given a number', 'legal.spam_detail', { value: 5, baseVersion: 0 }, 'body.value', 'wrong_type'],
  ['text longer than allowed', 'legal.spam_detail', { value: 'x'.repeat(201), baseVersion: 0 }, 'body.value', 'too_long'],
  ['text with a NUL character', 'legal.spam_detail', { value: 'a\u0000b', baseVersion: 0 }, 'body.value'],
  ['text with an unpaired surrogate', 'legal.spam_detail', json('{"value":"a\\ud800b","baseVersion":0}'), 'body.value'],
  ['an object as a value', 'legal.law', { value: { yes: true }, baseVersion: 0 }, 'body.value'],
  ['no value', 'legal.law', { baseVersion: 0 }, 'body.value'],
  ['an unknown question', 'legal.no-such-question', { value: true, baseVersion: 0 }, 'params.questionKey'],
  ['a malformed question key', 'Legal..$', { value: true, baseVersion: 0 }, 'params.questionKey'],
  ['an extra unknown field', 'legal.law', { value: true, baseVersion: 0, status: 'submitted' }, 'body.status'],
  ['no baseVersion', 'legal.law', { value: true }, 'body.baseVersion'],
  ['a negative baseVersion', 'legal.law', { value: true, baseVersion: -1 }, 'body.baseVersion'],
  ['a fractional baseVersion', 'legal.law', { value: true, baseVersion: 0.5 }, 'body.baseVersion'],
  ['baseVersion as a string', 'legal.law', { value: true, baseVersion: '0' }, 'body.baseVersion'],
  ['malformed JSON', 'legal.law', json('{"value": true, "baseVersion":'), 'body'],
  ['an array instead of an object', 'legal.law', [{ value: true, baseVersion: 0 }], 'body'],
];

describe('saving an invalid answer', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let focal: Session;
  let assessmentId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    const { id } = await createPublishedMethodology(handle.db);
    assessmentId = (await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN'] })).assessments.KEN!;
    focal = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const put = (questionKey: string, body: unknown, headers: Record<string, string | undefined> = {}) => {
    const raw = typeof body === 'object' && body !== null && 'raw' in body ? (body as { raw: string }).raw : undefined;
    return app.inject({
      method: 'PUT',
      url: `/api/assessments/${assessmentId}/answers/${questionKey}`,
      headers: Object.fromEntries(
        Object.entries({
          ...focal.headers,
          'idempotency-key': idempotencyKey(),
          ...(raw !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        }).filter(([, v]) => v !== undefined),
      ) as Record<string, string>,
      payload: raw ?? (body as object),
    });
  };

  it.each(CASES)('refuses %s with 400 naming the field, and changes nothing', async (_name, questionKey, body, field, issue) => {
    const before = await dbDigest(handle.db);
    const res = await put(questionKey, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', field });
    if (issue) expect(res.json().details).toEqual({ issue });
    expect(await dbDigest(handle.db)).toEqual(before);
  });

  it.each([
    ['no Idempotency-Key', { 'idempotency-key': undefined }],
    ['an Idempotency-Key with spaces', { 'idempotency-key': 'not a valid key' }],
    ['an Idempotency-Key that is too short', { 'idempotency-key': 'k1' }],
  ])('refuses %s with 400 headers.idempotency-key, and changes nothing', async (_name, headers) => {
    const before = await dbDigest(handle.db);
    const res = await put('legal.law', { value: true, baseVersion: 0 }, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'headers.idempotency-key' });
    expect(await dbDigest(handle.db)).toEqual(before);
  });

  it.each([
    ['a form post', 'application/x-www-form-urlencoded', 'value=true&baseVersion=0'],
    ['plain text', 'text/plain', '{"value":true,"baseVersion":0}'],
    ['XML', 'application/xml', '<value>true</value>'],
  ])('refuses %s with 415, and changes nothing', async (_name, contentType, payload) => {
    const before = await dbDigest(handle.db);
    const res = await app.inject({
      method: 'PUT',
      url: `/api/assessments/${assessmentId}/answers/legal.law`,
      headers: { ...focal.headers, 'idempotency-key': idempotencyKey(), 'content-type': contentType },
      payload,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported_media_type' });
    expect(await dbDigest(handle.db)).toEqual(before);
  });

  it('refuses a body over 1 MB with 413, and changes nothing', async () => {
    const before = await dbDigest(handle.db);
    const res = await put('legal.spam_detail', { value: 'x'.repeat(1_100_000), baseVersion: 0 });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
    expect(await dbDigest(handle.db)).toEqual(before);
  });

  it('answers an assessment that does not exist with 404', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/assessments/00000000-0000-4000-8000-000000000000/answers/legal.law',
      headers: { ...focal.headers, 'idempotency-key': idempotencyKey() },
      payload: { value: true, baseVersion: 0 },
    });
    expect(res.statusCode).toBe(404);
  });

  it('accepts the boundaries: the longest text, the extreme numbers, an empty choice list, and null', async () => {
    const ok: [string, unknown][] = [
      ['legal.spam_detail', 'é'.repeat(200)],
      ['technical.staff', 10_000],
      ['technical.tools', []],
      ['legal.law', null],
    ];
    for (const [questionKey, value] of ok) {
      const res = await put(questionKey, { value, baseVersion: 0 });
      expect(res.statusCode, `${questionKey}: ${res.body}`).toBe(200);
      const row = await handle.db
        .selectFrom('answers')
        .select('value')
        .where('assessmentId', '=', assessmentId)
        .where('questionKey', '=', questionKey)
        .executeTakeFirstOrThrow();
      expect(row.value).toEqual(value);
    }
  });
});
