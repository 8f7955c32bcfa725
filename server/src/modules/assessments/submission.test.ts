import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Methodology, QuestionNode } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { HOURS, testClock } from '../../../test/clock.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  insertAnswer,
  insertCompleteToyAnswers,
  saveAnswer,
  signIn,
  toyMethodology,
  type Session,
  type TestUser,
} from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

/** The toy methodology with its skip-logic question made required: shown only when legal.spam is 'in_place'. */
function withRequiredDetail(): Methodology {
  const m = toyMethodology();
  const detail = m.pillars[0]!.children.find((n) => n.key === 'legal.spam_detail') as QuestionNode;
  detail.question.required = true;
  return m;
}

describe('submission', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = testClock();
  let focalUser: TestUser;
  let focal: Session;
  let focalId: string;
  let methodologyVersionId: string;
  const newAssessment = async (closesAt?: Date) => (await createCycle(handle.db, { methodologyVersionId, countries: ['KEN'], closesAt })).assessments.KEN!;
  const check = (id: string) => app.inject({ method: 'GET', url: `/api/assessments/${id}/submission-check`, headers: focal.headers });
  const submit = (id: string) => app.inject({ method: 'POST', url: `/api/assessments/${id}/submit`, headers: focal.headers });
  const statusOf = async (id: string) =>
    await handle.db.selectFrom('assessments').select(['status', 'submittedAt']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now });
    await createCountry(handle.db, 'KEN');
    ({ id: methodologyVersionId } = await createPublishedMethodology(handle.db));
    focalUser = await createUser(handle.db, 'focal_point', 'KEN');
    focalId = focalUser.id;
    focal = await signIn(app, focalUser);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lists what is missing in questionnaire order: required answers, required evidence, unconfirmed carried-over answers', async () => {
    const id = await newAssessment();
    const empty = await check(id);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      ready: false,
      missing: [
        { questionKey: 'legal.law', pillarKey: 'legal', reason: 'required_answer' },
        { questionKey: 'legal.spam', pillarKey: 'legal', reason: 'required_answer' },
        { questionKey: 'technical.cirt', pillarKey: 'technical', reason: 'required_answer' },
        { questionKey: 'technical.staff', pillarKey: 'technical', reason: 'required_answer' },
      ],
    });
    expect((await saveAnswer(app, focal, id, 'legal.law', { value: true, baseVersion: 0 })).statusCode).toBe(200);
    await insertAnswer(handle.db, { assessmentId: id, questionKey: 'technical.cirt', value: 'national', carriedOver: true });
    expect((await check(id)).json().missing).toEqual([
      { questionKey: 'legal.law', pillarKey: 'legal', reason: 'required_evidence' },
      { questionKey: 'legal.spam', pillarKey: 'legal', reason: 'required_answer' },
      { questionKey: 'technical.cirt', pillarKey: 'technical', reason: 'carried_over' },
      { questionKey: 'technical.staff', pillarKey: 'technical', reason: 'required_answer' },
    ]);
  });

  it('never counts a hidden (skipped) question as missing', async () => {
    const { id: versionId } = await createPublishedMethodology(handle.db, withRequiredDetail());
    const id = (await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN'] })).assessments.KEN!;
    await insertCompleteToyAnswers(handle.db, id, focalId);
    expect((await check(id)).json()).toEqual({ ready: true, missing: [] });
    expect((await saveAnswer(app, focal, id, 'legal.spam', { value: 'in_place', baseVersion: 1 })).statusCode).toBe(200);
    expect((await check(id)).json().missing).toEqual([{ questionKey: 'legal.spam_detail', pillarKey: 'legal', reason: 'required_answer' }]);
    expect((await saveAnswer(app, focal, id, 'legal.spam', { value: 'partial', baseVersion: 2 })).statusCode).toBe(200);
    const submitted = await submit(id);
    expect(submitted.statusCode, submitted.body).toBe(200);
  });

  it('refuses to submit while anything is missing (400 with the list), then submits and locks editing', async () => {
    const id = await newAssessment();
    await insertCompleteToyAnswers(handle.db, id, focalId);
    const law = await handle.db
      .selectFrom('evidence as e')
      .innerJoin('answers as a', 'a.id', 'e.answerId')
      .select('e.id')
      .where('a.assessmentId', '=', id)
      .executeTakeFirstOrThrow();
    await handle.db.deleteFrom('evidence').where('id', '=', law.id).execute();
    await handle.db.updateTable('assessments').set({ status: 'in_progress' }).where('id', '=', id).execute();

    const before = await dbDigest(handle.db);
    const refused = await submit(id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation_failed',
      details: { ready: false, missing: [{ questionKey: 'legal.law', reason: 'required_evidence' }] },
    });
    expect(await dbDigest(handle.db)).toEqual(before);

    const link = await app.inject({
      method: 'POST',
      url: `/api/assessments/${id}/answers/legal.law/evidence`,
      headers: focal.headers,
      payload: { title: 'Act No. 5', url: 'https://example.org/act' },
    });
    expect(link.statusCode).toBe(201);
    const submitted = await submit(id);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', editable: false, submittedAt: clock.now().toISOString() });
    expect(await statusOf(id)).toEqual({ status: 'submitted', submittedAt: clock.now() });

    const locked = await app.inject({ method: 'GET', url: `/api/assessments/${id}`, headers: focal.headers });
    const afterSubmit = await dbDigest(handle.db);
    const save = await saveAnswer(app, focal, id, 'technical.staff', { value: 13, baseVersion: 1 });
    expect(save.statusCode).toBe(409);
    expect(save.json()).toMatchObject({ code: 'illegal_transition', details: { status: 'submitted' } });
    const evidence = await app.inject({
      method: 'POST',
      url: `/api/assessments/${id}/answers/legal.law/evidence`,
      headers: focal.headers,
      payload: { title: 'More', url: 'https://example.org/more' },
    });
    expect(evidence.statusCode).toBe(409);
    const removal = await app.inject({ method: 'DELETE', url: `/api/evidence/${locked.json().answers['legal.law'].evidence[0].id}`, headers: focal.headers });
    expect(removal.statusCode).toBe(409);
    expect((await submit(id)).json()).toMatchObject({ code: 'illegal_transition' });
    expect(await dbDigest(handle.db)).toEqual(afterSubmit);
  });

  it('refuses saving and submitting after the deadline with 403, changing nothing', async () => {
    const id = await newAssessment(new Date(clock.now().getTime() + HOURS));
    await insertCompleteToyAnswers(handle.db, id, focalId);
    await handle.db.updateTable('assessments').set({ status: 'in_progress' }).where('id', '=', id).execute();
    clock.advance(2 * HOURS);
    focal = await signIn(app, focalUser);
    const before = await dbDigest(handle.db);
    const save = await saveAnswer(app, focal, id, 'technical.staff', { value: 13, baseVersion: 1 });
    expect(save.statusCode).toBe(403);
    expect(save.json().message).toMatch(/deadline/);
    expect((await submit(id)).statusCode).toBe(403);
    expect(await dbDigest(handle.db)).toEqual(before);
    await handle.db
      .updateTable('assessments')
      .set({ deadlineOverride: new Date(clock.now().getTime() + HOURS) })
      .where('id', '=', id)
      .execute();
    expect((await saveAnswer(app, focal, id, 'technical.staff', { value: 13, baseVersion: 1 })).statusCode).toBe(200);
  });

  it('never lets a save that races with the submission change a submitted assessment', async () => {
    for (let round = 0; round < 8; round++) {
      const id = await newAssessment();
      await insertCompleteToyAnswers(handle.db, id, focalId);
      await handle.db.updateTable('assessments').set({ status: 'in_progress' }).where('id', '=', id).execute();
      const [save, submitted] = await Promise.all([saveAnswer(app, focal, id, 'technical.staff', { value: 99, baseVersion: 1 }), submit(id)]);
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect((await statusOf(id)).status).toBe('submitted');
      const stored = await handle.db
        .selectFrom('answers')
        .select('value')
        .where('assessmentId', '=', id)
        .where('questionKey', '=', 'technical.staff')
        .executeTakeFirstOrThrow();
      if (save.statusCode === 200) expect(submitted.json().updatedAt >= save.json().answer.updatedAt).toBe(true);
      else expect([save.statusCode, save.json().code, stored.value]).toEqual([409, 'illegal_transition', 12]);
    }
  });
});
