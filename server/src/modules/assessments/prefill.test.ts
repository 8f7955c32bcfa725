import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Methodology } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  insertAnswer,
  insertFileEvidence,
  insertLinkEvidence,
  saveAnswer,
  signIn,
  toyMethodology,
  type Session,
  type TestUser,
} from '../../../test/factories.ts';
import { samplePdf } from '../../../test/files.ts';
import type { DatabaseHandle } from '../../db/database.ts';

/** Last cycle's questionnaire: today's, plus a question that has since been retired. */
function previousMethodology(): Methodology {
  const m = toyMethodology();
  m.pillars[0]!.children.push({
    kind: 'question',
    key: 'legal.retired',
    order: 9,
    weight: 1,
    texts: { title: { en: 'Retired' } },
    question: { type: 'yes_no', required: false, evidence: 'none' },
  });
  return m;
}

describe('carrying answers over from the previous cycle', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let focalUser: TestUser;
  let focal: Session;
  let currentVersionId: string;
  let previousVersionId: string;
  const prefill = (id: string, session = focal) => app.inject({ method: 'POST', url: `/api/assessments/${id}/prefill`, headers: session.headers });
  const confirm = (id: string, questionKey: string, baseVersion: number, session = focal) =>
    app.inject({ method: 'POST', url: `/api/assessments/${id}/answers/${questionKey}/confirm`, headers: session.headers, payload: { baseVersion } });
  const answersOf = (id: string) =>
    handle.db.selectFrom('answers').select(['questionKey', 'value', 'version', 'carriedOver']).where('assessmentId', '=', id).orderBy('questionKey').execute();
  const evidenceOf = (id: string) =>
    handle.db
      .selectFrom('evidence as e')
      .innerJoin('answers as a', 'a.id', 'e.answerId')
      .select(['a.questionKey', 'e.kind', 'e.sha256', 'e.carriedOver'])
      .where('a.assessmentId', '=', id)
      .orderBy('e.kind')
      .execute();

  /** A finished previous cycle for Kenya (answers and evidence), and a new, empty one. */
  async function twoCycles(): Promise<{ previous: string; current: string; year: number }> {
    const previous = (await createCycle(handle.db, { methodologyVersionId: previousVersionId, countries: ['KEN'], status: 'closed' })).assessments.KEN!;
    const law = await insertAnswer(handle.db, { assessmentId: previous, questionKey: 'legal.law', value: true });
    await insertLinkEvidence(handle.db, law.id);
    await insertFileEvidence(handle.db, law.id, samplePdf('the act'));
    await insertAnswer(handle.db, { assessmentId: previous, questionKey: 'legal.spam', value: 'partial' });
    await insertAnswer(handle.db, { assessmentId: previous, questionKey: 'technical.staff', value: 12 });
    await insertAnswer(handle.db, { assessmentId: previous, questionKey: 'legal.retired', value: true });
    const cycle = await createCycle(handle.db, { methodologyVersionId: currentVersionId, countries: ['KEN', 'FRA'] });
    return { previous, current: cycle.assessments.KEN!, year: cycle.year - 1 };
  }

  beforeAll(async () => {
    handle = await createTestDb();
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    ({ id: previousVersionId } = await createPublishedMethodology(handle.db, previousMethodology()));
    ({ id: currentVersionId } = await createPublishedMethodology(handle.db));
    focalUser = await createUser(handle.db, 'focal_point', 'KEN');
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('copies the answers whose questions still exist, and their evidence, each marked carried over (as the first request after a start)', async () => {
    const { current, year } = await twoCycles();
    app = await buildTestApp(handle); // a fresh process: nothing cached yet
    focal = await signIn(app, focalUser);
    const res = await prefill(current);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ carriedOver: 3, fromYear: year, skipped: 0 });
    expect(await answersOf(current)).toEqual([
      { questionKey: 'legal.law', value: true, version: 1, carriedOver: true },
      { questionKey: 'legal.spam', value: 'partial', version: 1, carriedOver: true },
      { questionKey: 'technical.staff', value: 12, version: 1, carriedOver: true },
    ]);
    expect(await evidenceOf(current)).toEqual([
      { questionKey: 'legal.law', kind: 'file', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), carriedOver: true },
      { questionKey: 'legal.law', kind: 'link', sha256: null, carriedOver: true },
    ]);
    const history = await handle.db.selectFrom('answerHistory').select(['kind']).where('assessmentId', '=', current).execute();
    expect(history).toEqual(Array(3).fill({ kind: 'carry_over' }));
    const detail = (await app.inject({ method: 'GET', url: `/api/assessments/${current}`, headers: focal.headers })).json();
    expect(detail.assessment.status).toBe('in_progress');
    const file = detail.answers['legal.law'].evidence.find((e: { kind: string }) => e.kind === 'file');
    expect(
      (await app.inject({ method: 'GET', url: `/api/evidence/${file.id}/download`, headers: focal.headers })).rawPayload.equals(samplePdf('the act')),
    ).toBe(true);
    expect((await prefill(current)).statusCode).toBe(409);
  });

  it('clears the mark on confirm (answer and its evidence) or on edit, and submission waits for every carried-over answer', async () => {
    const { current } = await twoCycles();
    expect((await prefill(current)).statusCode).toBe(200);
    const submit = () => app.inject({ method: 'POST', url: `/api/assessments/${current}/submit`, headers: focal.headers });

    const confirmed = await confirm(current, 'legal.law', 1);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().answer).toMatchObject({ value: true, version: 2, carriedOver: false });
    expect((await evidenceOf(current)).map((e) => e.carriedOver)).toEqual([false, false]);
    expect((await confirm(current, 'legal.law', 2)).json()).toMatchObject({ code: 'conflict' });
    expect((await confirm(current, 'legal.spam', 7)).json()).toMatchObject({ code: 'version_conflict', details: { current: { version: 1 } } });
    expect((await confirm(current, 'legal.nope', 1)).json()).toMatchObject({ field: 'params.questionKey' });

    const edited = await saveAnswer(app, focal, current, 'legal.spam', { value: 'in_place', baseVersion: 1 });
    expect(edited.json().answer).toMatchObject({ value: 'in_place', version: 2, carriedOver: false });
    expect((await saveAnswer(app, focal, current, 'technical.cirt', { value: 'none', baseVersion: 0 })).statusCode).toBe(200);

    const refused = await submit();
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.missing).toEqual([{ questionKey: 'technical.staff', pillarKey: 'technical', reason: 'carried_over' }]);
    expect((await confirm(current, 'technical.staff', 1)).statusCode).toBe(200);
    const submitted = await submit();
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await answersOf(current)).toEqual(expect.not.arrayContaining([expect.objectContaining({ carriedOver: true })]));
    const kinds = await handle.db
      .selectFrom('answerHistory')
      .select(['questionKey', 'kind'])
      .where('assessmentId', '=', current)
      .where('kind', '=', 'confirm')
      .orderBy('questionKey')
      .execute();
    expect(kinds).toEqual([
      { questionKey: 'legal.law', kind: 'confirm' },
      { questionKey: 'technical.staff', kind: 'confirm' },
    ]);
  });

  it('answers another country’s focal point 404, writing nothing', async () => {
    const { current } = await twoCycles();
    const fra = await signIn(app, await createUser(handle.db, 'focal_point', 'FRA'));
    expect((await prefill(current, fra)).statusCode).toBe(404);
    expect(await answersOf(current)).toEqual([]);
    await prefill(current);
    expect((await confirm(current, 'legal.law', 1, fra)).statusCode).toBe(404);
    expect((await answersOf(current)).every((a) => a.carriedOver)).toBe(true);
  });

  it('answers 404 when there is no earlier cycle with answers', async () => {
    await createCountry(handle.db, 'BRA');
    const bra = await signIn(app, await createUser(handle.db, 'focal_point', 'BRA'));
    const id = (await createCycle(handle.db, { methodologyVersionId: currentVersionId, countries: ['BRA'] })).assessments.BRA!;
    expect((await prefill(id, bra)).statusCode).toBe(404);
  });

  it('carries over once when asked six times at the same time', async () => {
    const { current } = await twoCycles();
    const results = await Promise.all(Array.from({ length: 6 }, () => prefill(current)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(await answersOf(current)).toHaveLength(3);
  });

  const detailOf = async (id: string, session = focal) => (await app.inject({ method: 'GET', url: `/api/assessments/${id}`, headers: session.headers })).json();
  const decline = (id: string, session = focal) => app.inject({ method: 'POST', url: `/api/assessments/${id}/prefill/decline`, headers: session.headers });
  const auditOf = (id: string) =>
    handle.db
      .selectFrom('auditLog')
      .select(['action', 'actorId', 'after'])
      .where('entityId', '=', id)
      .where('action', 'like', 'assessment.prefil%')
      .orderBy('id')
      .execute();

  it('keeps the offer after answers are saved, until accepted; accepting then fills only the unanswered questions and is remembered', async () => {
    const { current, year } = await twoCycles();
    expect((await detailOf(current)).prefillFrom).toEqual({ year, answers: 3, fills: 3 });
    // the team starts answering before deciding: legal.law differently from last year
    expect((await saveAnswer(app, focal, current, 'legal.law', { value: false, baseVersion: 0 })).statusCode).toBe(200);
    const meanwhile = await detailOf(current);
    expect(meanwhile.prefillFrom).toEqual({ year, answers: 3, fills: 2 });
    expect(meanwhile.prefillDecision).toBeNull();

    const res = await prefill(current);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ carriedOver: 2, fromYear: year, skipped: 1 });
    expect(await answersOf(current)).toEqual([
      { questionKey: 'legal.law', value: false, version: 1, carriedOver: false }, // kept, not overwritten
      { questionKey: 'legal.spam', value: 'partial', version: 1, carriedOver: true },
      { questionKey: 'technical.staff', value: 12, version: 1, carriedOver: true },
    ]);
    expect(await evidenceOf(current)).toEqual([]); // the act's evidence belonged to last year's legal.law
    const after = await detailOf(current);
    expect(after.prefillFrom).toBeNull();
    expect(after.prefillDecision).toMatchObject({ decision: 'accepted', at: expect.any(String) });
    expect(await auditOf(current)).toEqual([{ action: 'assessment.prefilled', actorId: focalUser.id, after: { fromYear: year, answers: 2, keptAnswered: 1 } }]);
    const again = await prefill(current);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', details: { decision: 'accepted' } });
    expect((await decline(current)).statusCode).toBe(409);
  });

  it('remembers a decline (audited): the offer is gone for good, and accepting afterwards is a 409 that writes nothing', async () => {
    const { current } = await twoCycles();
    const res = await decline(current);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'declined', at: expect.any(String) });
    const detail = await detailOf(current);
    expect(detail.prefillFrom).toBeNull();
    expect(detail.prefillDecision).toEqual(res.json());
    expect(await auditOf(current)).toEqual([{ action: 'assessment.prefill_declined', actorId: focalUser.id, after: null }]);
    expect((await prefill(current)).json()).toMatchObject({ code: 'conflict', details: { decision: 'declined' } });
    expect((await decline(current)).statusCode).toBe(409);
    expect(await answersOf(current)).toEqual([]);
  });

  it('lets only the country’s own focal point decline: another country’s gets 404 and a reviewer 403, nothing recorded', async () => {
    const { current, year } = await twoCycles();
    const fra = await signIn(app, await createUser(handle.db, 'focal_point', 'FRA'));
    const reviewer = await signIn(app, await createUser(handle.db, 'reviewer'));
    expect((await decline(current, fra)).statusCode).toBe(404);
    expect((await decline(current, reviewer)).statusCode).toBe(403);
    expect((await detailOf(current)).prefillFrom).toMatchObject({ year });
    expect(await auditOf(current)).toEqual([]);
  });
});
