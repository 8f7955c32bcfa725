import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerState, AnswerValue, SaveAnswerResponse } from '@gci/shared';
import { ApiError } from '../../../lib/api-client.ts';
import { answer, at, newKey, target } from './answer-state.fixture.ts';
import { AnswerSync } from './answer-sync.ts';
import { memoryStore, type EditStore } from './edit-store.ts';
import { effectiveAnswers, enqueueEdit, type QueuedEdit } from './queue-logic.ts';
import { questionSaveState, summarizeSaveState } from './save-state.ts';

// The autosave engine without a browser: its HTTP call is replaced by a scripted server; everything else is real.

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
    expect(server.calls.map((c) => [c.value, c.baseVersion])).toEqual([
      ['partial', 4],
      ['in_place', 5],
    ]);
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
