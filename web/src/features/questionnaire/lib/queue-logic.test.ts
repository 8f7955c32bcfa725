import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { answer, at, newKey, target } from './answer-state.fixture.ts';
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
} from './queue-logic.ts';

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
