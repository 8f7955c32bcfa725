import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TREE_DEPTH, type Methodology, type MethodologyNode } from '@gci/shared';
import { buildTestApp } from '../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  idempotencyKey,
  signIn,
  toyMethodology,
  type Session,
} from '../../test/factories.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { insertMethodology } from '../modules/methodology/methodology.repository.ts';

/** The toy methodology with its number question left without a range: only the global bound applies. */
function unboundedNumbers(): Methodology {
  const m = toyMethodology();
  const strip = (node: MethodologyNode): MethodologyNode =>
    node.kind === 'question'
      ? node.question.type === 'number'
        ? { ...node, question: { type: 'number', goalposts: node.question.goalposts, integer: false, required: true, evidence: 'optional' } }
        : node
      : { ...node, children: node.children.map(strip) };
  return { ...m, pillars: m.pillars.map((p) => strip(p) as typeof p) };
}

/** A chain of `levels` group nodes ending in one question, as the editor would send it. */
function deepPillar(levels: number): MethodologyNode {
  let node: MethodologyNode = {
    kind: 'question',
    key: 'deep.q',
    order: 1,
    weight: 1,
    texts: { title: { en: 'Deep question' } },
    question: { type: 'yes_no', required: true, evidence: 'none' },
  };
  for (let i = levels - 1; i >= 1; i -= 1) {
    node = { kind: i === 1 ? 'pillar' : 'indicator', key: `deep${i}`, order: 1, weight: 1, texts: { title: { en: `Level ${i}` } }, children: [node] };
  }
  return node;
}

describe('hardening: bad text, deep or huge input, framing and methods', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let focal: Session;
  let reviewer: Session;
  let analyst: Session;
  let admin: Session;
  let assessmentId: string;
  let draftId: string;
  const draft = toyMethodology();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    const { id } = await createPublishedMethodology(handle.db, unboundedNumbers());
    assessmentId = (await createCycle(handle.db, { methodologyVersionId: id, countries: ['KEN'] })).assessments.KEN!;
    draftId = await insertMethodology(handle.db, draft);
    focal = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
    reviewer = await signIn(app, await createUser(handle.db, 'reviewer'));
    analyst = await signIn(app, await createUser(handle.db, 'analyst'));
    admin = await signIn(app, await createUser(handle.db, 'admin'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const threads = async () =>
    Number(
      (
        await handle.db
          .selectFrom('commentThreads')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a bell', 'ring \u0007'],
    ['an escape', '\u001b[31mred'],
    ['a lone high surrogate', 'x\ud800y'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in a thread body with a 400 naming the field, and writes nothing', async (_, body) => {
    const before = await threads();
    const res = await app.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/threads`,
      headers: focal.headers,
      payload: { questionKey: null, body },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body.body' });
    expect(await threads()).toBe(before);
  });

  it('keeps tab and line breaks, which people type', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/threads`,
      headers: focal.headers,
      payload: { questionKey: null, body: 'Line one\r\n\tLine two' },
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses control characters in the review queue and audit filters (400 naming the filter)', async () => {
    const queue = await app.inject({ method: 'GET', url: '/api/review/queue?region=%00africa', headers: reviewer.headers });
    expect(queue.statusCode).toBe(400);
    expect(queue.json()).toMatchObject({ field: 'query.region' });
    const audit = await app.inject({ method: 'GET', url: '/api/audit?action=cycle%01', headers: admin.headers });
    expect(audit.statusCode).toBe(400);
    expect(audit.json()).toMatchObject({ field: 'query.action' });
  });

  it('refuses a JSON body that is not valid UTF-8 instead of storing U+FFFD', async () => {
    const payload = Buffer.concat([Buffer.from('{"questionKey":null,"body":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const before = await threads();
    const res = await app.inject({
      method: 'POST',
      url: `/api/assessments/${assessmentId}/threads`,
      headers: { ...focal.headers, 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body' });
    expect(await threads()).toBe(before);
  });

  it('answers 400, not 500, to JSON nested 2,000 levels deep', async () => {
    const deep = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
    const res = await app.inject({
      method: 'PUT',
      url: `/api/methodologies/${draftId}`,
      headers: { ...analyst.headers, 'content-type': 'application/json' },
      payload: `{"baseRevision":1,"methodology":${deep}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'body' });
  });

  it(`refuses a methodology more than ${MAX_TREE_DEPTH} levels deep and weights beyond 1e6, naming the node`, async () => {
    const base = draft;
    const save = (methodology: Methodology) =>
      app.inject({ method: 'PUT', url: `/api/methodologies/${draftId}`, headers: analyst.headers, payload: { baseRevision: 1, methodology } });

    const tooDeep = await save({ ...base, pillars: [...base.pillars, deepPillar(MAX_TREE_DEPTH + 1) as (typeof base.pillars)[number]] });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().field).toMatch(/^body\.methodology\.pillars\.\d+(\.children\.0)+$/);

    const heavy = await save({ ...base, pillars: base.pillars.map((p, i) => (i === 0 ? { ...p, weight: 1e308 } : p)) });
    expect(heavy.statusCode).toBe(400);
    expect(heavy.json()).toMatchObject({ field: 'pillars[0].weight' });
  });

  it('bounds a number answer even when its question sets no range', async () => {
    const put = (value: number) =>
      app.inject({
        method: 'PUT',
        url: `/api/assessments/${assessmentId}/answers/technical.staff`,
        headers: { ...focal.headers, 'idempotency-key': idempotencyKey() },
        payload: { value, baseVersion: 0 },
      });
    const huge = await put(1e308);
    expect(huge.statusCode).toBe(400);
    expect(huge.json()).toMatchObject({ field: 'body.value' });
    expect((await put(1e9)).statusCode).toBe(200);
  });

  it.each([
    [1, '10.1.2.3'],
    ['127.0.0.1,10.0.0.0/8', '203.0.113.9'],
    [false, '127.0.0.1'],
  ] as const)('behind TRUST_PROXY=%s takes the client address the trusted proxies saw, not one the client wrote (%s)', async (trustProxy, expected) => {
    const proxied = await buildTestApp(handle, { trustProxy });
    try {
      const email = `nobody.${String(trustProxy).replace(/\W/g, '')}@example.org`;
      // the client forged 6.6.6.6; the proxies appended what they saw
      const res = await proxied.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.1.2.3' },
        payload: { email, password: 'not the password' },
      });
      expect(res.statusCode).toBe(401);
      const attempt = await handle.db.selectFrom('loginAttempts').select('ip').where('email', '=', email).executeTakeFirstOrThrow();
      expect(attempt.ip).toBe(expected);
    } finally {
      await proxied.close();
    }
  });

  it('sends no X-Frame-Options contradicting CSP frame-ancestors', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('answers 405 with Allow for a method a known path does not take, and 404 for an unknown path', async () => {
    const health = await app.inject({ method: 'DELETE', url: '/api/health' });
    expect(health.statusCode).toBe(405);
    expect(health.headers.allow).toBe('GET, HEAD');
    expect(health.json()).toMatchObject({ code: 'method_not_allowed' });
    const thread = await app.inject({ method: 'PATCH', url: `/api/assessments/${assessmentId}/threads`, headers: focal.headers });
    expect(thread.statusCode).toBe(405);
    expect(thread.headers.allow).toBe('GET, HEAD, POST');
    expect((await app.inject({ method: 'DELETE', url: '/api/nothing-here' })).statusCode).toBe(404);
  });
});
