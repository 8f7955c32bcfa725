import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, idempotencyKey, signIn, type Session } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

/** The whole review conversation between a reviewer and a country team, over HTTP. */
describe('review and validation', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let team: Session;
  let reviewer: Session;
  let analyst: Session;
  let id: string;

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { ...s.headers, 'idempotency-key': idempotencyKey() },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const act = (s: Session, action: string, extra: object = {}) => call(s, 'POST', `/api/assessments/${id}/transitions`, { action, ...extra });
  const save = async (s: Session, key: string, value: unknown) => {
    const current = (await call(s, 'GET', `/api/assessments/${id}`)).json().answers[key];
    return call(s, 'PUT', `/api/assessments/${id}/answers/${key}`, { value, baseVersion: current?.version ?? 0 });
  };
  const status = async () => (await handle.db.selectFrom('assessments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    const { id: versionId } = await createPublishedMethodology(handle.db);
    id = (await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN'] })).assessments.KEN!;
    team = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
    reviewer = await signIn(app, await createUser(handle.db, 'reviewer'));
    analyst = await signIn(app, await createUser(handle.db, 'analyst'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('runs from submission through return, resubmission, correction and dispute to a final result', async () => {
    for (const [key, value] of Object.entries({ 'legal.law': true, 'legal.spam': 'partial', 'technical.cirt': 'national', 'technical.staff': 12 })) {
      expect((await save(team, key, value)).statusCode).toBe(200);
    }
    const law = (await call(team, 'GET', `/api/assessments/${id}`)).json().answers['legal.law'];
    expect(
      (await call(team, 'POST', `/api/assessments/${id}/answers/legal.law/evidence`, { title: 'Cybercrime Act', url: 'https://example.org/act' })).statusCode,
    ).toBe(201);
    expect(law.version).toBe(1);

    // not yet validated: the team does not see a provisional result
    expect((await call(team, 'GET', `/api/assessments/${id}/provisional-result`)).statusCode).toBe(404);

    expect((await act(team, 'submit')).json()).toEqual({ status: 'submitted' });
    expect((await save(team, 'legal.spam', 'in_place')).statusCode).toBe(409); // locked for the team
    expect((await act(reviewer, 'start_review')).json()).toEqual({ status: 'in_review' });

    // an open thread blocks validation until a reviewer resolves it
    const thread = (await call(reviewer, 'POST', `/api/assessments/${id}/threads`, { questionKey: 'legal.spam', body: 'Which law covers spam?' })).json();
    const blocked = await act(reviewer, 'validate');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ details: { openThreads: 1 } });
    expect(await status()).toBe('in_review');
    expect((await call(team, 'POST', `/api/threads/${thread.id}/comments`, { body: 'The 2021 consumer protection act, section 4.' })).statusCode).toBe(204);
    expect((await call(team, 'POST', `/api/threads/${thread.id}/resolve`)).statusCode).toBe(403);
    expect((await call(reviewer, 'POST', `/api/threads/${thread.id}/resolve`)).statusCode).toBe(204);

    // return for revision, with a comment and the questions that need work
    expect((await act(reviewer, 'return', {})).statusCode).toBe(400);
    expect((await act(reviewer, 'return', { comment: 'Please document the spam law.', questionKeys: ['legal.spam'] })).json()).toEqual({ status: 'returned' });
    const request = (await call(team, 'GET', `/api/assessments/${id}/revision-request`)).json().request;
    expect(request).toMatchObject({ questionKeys: ['legal.spam'], comment: 'Please document the spam law.' });
    const threads = (await call(team, 'GET', `/api/assessments/${id}/threads`)).json().threads;
    const revision = threads.find((t: { kind: string }) => t.kind === 'revision');
    expect(revision.status).toBe('open');
    expect((await call(team, 'POST', `/api/threads/${revision.id}/comments`, { body: 'Done: it is fully in place now.' })).statusCode).toBe(204);

    // the team changes exactly one answer and resubmits; the diff names exactly that question
    expect((await save(team, 'legal.spam', 'in_place')).statusCode).toBe(200);
    expect((await act(team, 'resubmit')).json()).toEqual({ status: 'resubmitted' });
    const diff = (await call(reviewer, 'GET', `/api/assessments/${id}/resubmission-diff`)).json();
    expect(diff.flagged).toEqual(['legal.spam']);
    expect(diff.changes.map((c: { questionKey: string }) => c.questionKey)).toEqual(['legal.spam']);
    expect(diff.changes[0]).toMatchObject({ before: { value: 'partial' }, after: { value: 'in_place' }, valueChanged: true });

    // a reviewer correction: attributed, with its reason, visible to the team in the history
    expect((await act(reviewer, 'start_review')).json()).toEqual({ status: 'in_review' });
    const staff = (await call(team, 'GET', `/api/assessments/${id}`)).json().answers['technical.staff'];
    const corrected = await call(reviewer, 'PUT', `/api/assessments/${id}/answers/technical.staff/correction`, {
      value: 8,
      baseVersion: staff.version,
      reason: 'The annual report lists 8 staff',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const history = (await call(team, 'GET', `/api/assessments/${id}/answers/technical.staff/history`)).json().history;
    expect(history[0]).toMatchObject({ kind: 'correction', reason: 'The annual report lists 8 staff', before: 12, after: 8 });
    const notes = (await call(team, 'GET', '/api/notifications')).json();
    expect(notes.notifications.some((n: { kind: string }) => n.kind === 'answer.corrected')).toBe(true);
    // the reason is in the mail, in the team's language (the notice's title names the country and cycle)
    const mailed = await handle.db.selectFrom('mailOutbox').select('body').where('kind', '=', 'answer_corrected').execute();
    expect(mailed.some((m) => m.body?.includes('The annual report lists 8 staff'))).toBe(true);
    expect(notes.unread).toBeGreaterThan(0);

    expect((await call(reviewer, 'POST', `/api/threads/${revision.id}/resolve`)).statusCode).toBe(204);
    expect((await act(reviewer, 'validate')).json()).toEqual({ status: 'validated' });

    // the team sees its provisional result, computed by the shared engine, and disputes it
    const result = (await call(team, 'GET', `/api/assessments/${id}/provisional-result`)).json();
    expect(result.pillars).toHaveLength(2);
    expect(result.questions.reduce((s: number, q: { contribution: number }) => s + q.contribution, 0)).toBeCloseTo(result.overall, 6);
    expect(result.validationEndsAt).not.toBeNull();
    expect((await act(team, 'dispute', { comment: 'Our CIRT has 12 staff: see the new report.' })).json()).toEqual({ status: 'disputed' });
    const queue = (await call(reviewer, 'GET', '/api/review/queue?status=disputed')).json().items;
    expect(queue.map((q: { id: string }) => q.id)).toEqual([id]);
    expect(queue[0].openThreads).toBe(1);

    expect((await act(reviewer, 'start_review')).statusCode).toBe(200);
    const dispute = (await call(reviewer, 'GET', `/api/assessments/${id}/threads`)).json().threads.find((t: { kind: string }) => t.kind === 'dispute');
    await call(reviewer, 'POST', `/api/threads/${dispute.id}/resolve`);
    expect((await act(reviewer, 'validate')).statusCode).toBe(200);
    expect((await act(team, 'accept')).json()).toEqual({ status: 'accepted' });
    expect((await act(team, 'finalize')).statusCode).toBe(403);
    expect((await act(analyst, 'finalize')).json()).toEqual({ status: 'final' });

    // every step is in the audit log, and the outbox holds mail for the other side
    const audited = await handle.db.selectFrom('auditLog').select('action').where('entityId', '=', id).orderBy('id').execute();
    expect(audited.map((a) => a.action)).toEqual(
      ['submit', 'start_review', 'return', 'resubmit', 'start_review', 'validate', 'dispute', 'start_review', 'validate', 'accept', 'finalize'].map(
        (a) => `assessment.${a}`,
      ),
    );
    const outbox = await handle.db.selectFrom('mailOutbox').select('toEmail').execute();
    expect(outbox.length).toBeGreaterThan(5);
  });
});
