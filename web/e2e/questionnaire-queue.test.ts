import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerState, AnswerValue, SaveAnswerResponse } from '@gci/shared';
import { ApiError } from '../src/lib/api-client.ts';
import { AnswerSync } from '../src/features/questionnaire/lib/answer-sync.ts';
import { memoryStore, type EditStore } from '../src/features/questionnaire/lib/edit-store.ts';
import {
  backoffDelay,
  classifyFailure,
  effectiveAnswers,
  enqueueEdit,
  keepMine,
  newerAnswer,
  planEdit,
  settleAck,
  settleConflict,
  type QueuedEdit,
} from '../src/features/questionnaire/lib/queue-logic.ts';
import { questionSaveState, summarizeSaveState } from '../src/features/questionnaire/lib/save-state.ts';
import { parseNumber } from '../src/components/number-input/parse-number.ts';

// Pure queue logic and the autosave engine, without a browser (the `web:browser` project runs them
// in Node). The engine's HTTP call is replaced by a scripted server; everything else is real.

const target = { userId: 'u1', assessmentId: 'a1', questionKey: 'q1' };
const at = new Date('2026-11-24T10:00:00Z');
let keys = 0;
const newKey = () => `key-${++keys}`;

function answer(value: AnswerValue, version: number, name = 'Someone'): AnswerState {
  return { questionKey: 'q1', value, version, carriedOver: false, updatedAt: at.toISOString(), updatedBy: { id: '00000000-0000-4000-8000-000000000001', name }, evidence: [] };
}

describe('queue logic', () => {
  it('creates one entry per question, replaces an unsent value, and queues behind a sent one', () => {
    const first = enqueueEdit(undefined, target, 'partial', 3, newKey, at);
    expect(first).toMatchObject({ id: 'u1|a1|q1', value: 'partial', baseVersion: 3, sent: false, next: null });
    const replaced = enqueueEdit(first, target, 'absent', 7, newKey, at);
    expect(replaced).toMatchObject({ value: 'absent', baseVersion: 3, idempotencyKey: first.idempotencyKey });
    const sent = { ...replaced, sent: true };
    const behind = enqueueEdit(sent, target, 'in_place', 7, newKey, at);
    expect(behind).toMatchObject({ value: 'absent', idempotencyKey: first.idempotencyKey, next: { value: 'in_place' } });
    expect(enqueueEdit(behind, target, 'absent', 7, newKey, at).next).toBeNull();
  });

  it('saves nothing for an unchanged value, drops an unsent edit taken back, and re-keys a refused one', () => {
    expect(planEdit(undefined, false, answer('x', 2), target, 'x', newKey, at)).toBe('unchanged');
    expect(planEdit(undefined, false, undefined, target, null, newKey, at)).toBe('unchanged');
    const unsent = planEdit(undefined, false, answer('x', 2), target, 'y', newKey, at) as QueuedEdit;
    expect(unsent).toMatchObject({ value: 'y', baseVersion: 2, sent: false });
    expect(planEdit(unsent, false, answer('x', 2), target, 'x', newKey, at)).toBeNull();
    const refused = { ...unsent, sent: true };
    const retyped = planEdit(refused, true, answer('x', 2), target, 'z', newKey, at) as QueuedEdit;
    expect(retyped).toMatchObject({ value: 'z', baseVersion: 2, sent: false, next: null });
    expect(retyped.idempotencyKey).not.toBe(refused.idempotencyKey);
  });

  it('rebases the follow-up edit on the confirmed version, under a new key', () => {
    const sent: QueuedEdit = { ...enqueueEdit(undefined, target, 1, 0, newKey, at), sent: true };
    expect(settleAck(sent, answer(1, 1), newKey)).toBeNull();
    const next = settleAck({ ...sent, next: { value: 2 } }, answer(1, 1), newKey);
    expect(next).toMatchObject({ value: 2, baseVersion: 1, sent: false, next: null });
    expect(next?.idempotencyKey).not.toBe(sent.idempotencyKey);
  });

  it('treats a 409 whose stored value already equals the edit as settled, not as a conflict', () => {
    const sent: QueuedEdit = { ...enqueueEdit(undefined, target, ['a', 'b'], 0, newKey, at), sent: true };
    expect(settleConflict(sent, answer(['b', 'a'], 4), newKey)).toEqual({ kind: 'resolved', edit: null });
    const withNext = { ...sent, next: { value: ['c'] } };
    expect(settleConflict(withNext, answer(['a', 'b'], 4), newKey)).toMatchObject({ kind: 'resolved', edit: { value: ['c'], baseVersion: 4 } });
    expect(settleConflict(withNext, answer(['z'], 4), newKey)).toEqual({ kind: 'conflict' });
    expect(keepMine(withNext, answer(['z'], 4), newKey)).toMatchObject({ value: ['c'], baseVersion: 4, sent: false, next: null });
  });

  it('retries network failures and 5xx, waits for sign-in on 401, and asks the user on a version conflict', () => {
    expect(classifyFailure(new ApiError(0, 'network_error', 'x'))).toBe('retry');
    expect(classifyFailure(new ApiError(503, 'service_unavailable', 'x'))).toBe('retry');
    expect(classifyFailure(new DOMException('timed out', 'TimeoutError'))).toBe('retry');
    expect(classifyFailure(new ApiError(401, 'unauthenticated', 'x'))).toBe('signed_out');
    expect(classifyFailure(new ApiError(403, 'csrf_failed', 'x'))).toBe('signed_out');
    expect(classifyFailure(new ApiError(409, 'version_conflict', 'x'))).toBe('conflict');
    expect(classifyFailure(new ApiError(409, 'illegal_transition', 'x'))).toBe('rejected');
    expect(classifyFailure(new ApiError(400, 'validation_failed', 'x'))).toBe('rejected');
  });

  it('reads numbers typed with a comma, the Arabic separator or Arabic-Indic digits', () => {
    expect(parseNumber(' 3,5 ')).toBe(3.5);
    expect(parseNumber('١٢٫٥')).toBe(12.5);
    expect(parseNumber('-4')).toBe(-4);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12 hours')).toBeUndefined();
  });

  it('backs off exponentially with jitter, up to 30 s', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(20, () => 1)).toBe(30_000);
  });

  it('shows queued edits over the server answers, and keeps the newer of two answer states', () => {
    const edit = enqueueEdit(undefined, target, 'absent', 1, newKey, at);
    expect(effectiveAnswers({ q1: answer('in_place', 1), q2: { ...answer(true, 1), questionKey: 'q2' } }, { q1: edit })).toEqual({ q1: 'absent', q2: true });
    const known = answer('x', 3);
    expect(newerAnswer(known, answer('old', 2))).toBe(known);
    expect(newerAnswer(known, answer('x', 3))).toBe(known);
    expect(newerAnswer(known, answer('x', 3), true).value).toBe('x');
    expect(newerAnswer(known, answer('y', 4)).value).toBe('y');
  });
});

/** A scripted server: each call to `save` takes the next reply (an answer version, or an error). */
function scriptedServer() {
  const calls: { key: string; value: AnswerValue; baseVersion: number }[] = [];
  const replies: (number | Error)[] = [];
  const save = async (edit: QueuedEdit): Promise<SaveAnswerResponse> => {
    calls.push({ key: edit.idempotencyKey, value: edit.value, baseVersion: edit.baseVersion });
    const reply = replies.shift() ?? edit.baseVersion + 1;
    if (reply instanceof Error) throw reply;
    return { answer: { ...answer(edit.value, reply), questionKey: edit.questionKey }, assessmentStatus: 'in_progress' };
  };
  return { calls, replies, save };
}

describe(AnswerSync.name, () => {
  let store: EditStore;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    store = memoryStore();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const engine = (server: ReturnType<typeof scriptedServer>, answers: Record<string, AnswerState> = {}) =>
    new AnswerSync({ userId: 'u1', assessmentId: 'a1', answers, status: 'not_started', openStore: async () => store, save: server.save, newKey });

  it('keeps an edit through network failures, retries it with the same key, and clears it once confirmed', async () => {
    const server = scriptedServer();
    server.replies.push(new ApiError(0, 'network_error', 'offline'), new ApiError(502, 'internal_error', 'bad gateway'));
    const sync = engine(server);
    expect(summarizeSaveState(sync.getSnapshot()).kind).toBe('saving'); // the stored queue is not read yet
    await sync.start();
    sync.edit('q1', 'in_place');
    await vi.advanceTimersByTimeAsync(0);
    expect(summarizeSaveState(sync.getSnapshot())).toMatchObject({ kind: 'offline', pending: 1 });
    expect(questionSaveState(sync.getSnapshot(), 'q1')).toBe('offline');
    expect(await store.list()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(31_000);
    expect(server.calls).toHaveLength(3);
    expect(new Set(server.calls.map((c) => c.key)).size).toBe(1);
    expect(summarizeSaveState(sync.getSnapshot())).toMatchObject({ kind: 'saved', pending: 0 });
    expect(sync.getSnapshot().server.q1?.version).toBe(1);
    expect(sync.getSnapshot().assessmentStatus).toBe('in_progress');
    expect(await store.list()).toHaveLength(0);
    sync.stop();
  });

  it('sends an edit made during a save on top of the confirmed version', async () => {
    const server = scriptedServer();
    const sync = engine(server, { q1: answer('absent', 4) });
    await sync.start();
    sync.edit('q1', 'partial');
    sync.edit('q1', 'in_place'); // the first request is already on its way
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => [c.value, c.baseVersion])).toEqual([['partial', 4], ['in_place', 5]]);
    expect(sync.getSnapshot().server.q1).toMatchObject({ value: 'in_place', version: 6 });
    sync.stop();
  });

  it('stops on a version conflict until the user keeps their value or takes the stored one', async () => {
    const server = scriptedServer();
    const theirs = answer('absent', 2, 'Otieno');
    server.replies.push(new ApiError(409, 'version_conflict', 'changed', 'body.baseVersion', { current: theirs }));
    const sync = engine(server, { q1: answer('partial', 1) });
    await sync.start();
    sync.edit('q1', 'in_place');
    await vi.advanceTimersByTimeAsync(0);
    expect(summarizeSaveState(sync.getSnapshot()).kind).toBe('conflict');
    expect(sync.getSnapshot().conflicts.q1).toEqual(theirs);
    expect(effectiveAnswers(sync.getSnapshot().server, sync.getSnapshot().edits).q1).toBe('in_place');

    sync.keepMine('q1');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toMatchObject({ value: 'in_place', baseVersion: 2 });
    expect(summarizeSaveState(sync.getSnapshot()).kind).toBe('saved');
    sync.stop();
  });

  it('replays what an earlier page left in the store, and pauses without losing it when signed out', async () => {
    const left = { ...enqueueEdit(undefined, target, true, 0, newKey, at), sent: true };
    await store.put(left);
    await store.put({ ...left, id: 'u2|a1|q1', userId: 'u2' }); // another user's edit is not sent
    const server = scriptedServer();
    server.replies.push(new ApiError(401, 'unauthenticated', 'expired'));
    const sync = engine(server);
    await sync.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toEqual([{ key: left.idempotencyKey, value: true, baseVersion: 0 }]);
    expect(summarizeSaveState(sync.getSnapshot())).toMatchObject({ kind: 'signed_out', pending: 1 });
    expect(await store.list()).toHaveLength(2);
    sync.stop();

    const again = engine(server); // the next visit, after signing in again
    await again.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)?.key).toBe(left.idempotencyKey);
    expect((await store.list()).map((e) => e.userId)).toEqual(['u2']);
    again.stop();
  });
});
