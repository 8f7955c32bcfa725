import type { AnswerState, AnswerValue, Answers } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';

/**
 * The offline queue as plain data and pure functions (the I/O lives in edit-store.ts and
 * answer-sync.ts). There is at most one entry per user × assessment × question. Its edit is sent
 * with one Idempotency-Key for all its retries, so a retry of a save that went through gets the
 * original success; an edit made while that one is unconfirmed waits in `next`.
 */
export interface QueuedEdit {
  /** `user|assessment|question` */
  id: string;
  userId: string;
  assessmentId: string;
  questionKey: string;
  value: AnswerValue;
  /** the version the user edited (0: no answer yet) */
  baseVersion: number;
  idempotencyKey: string;
  /** once true, the value and key are frozen: the server may already have applied them */
  sent: boolean;
  /** a later edit, sent on top of this one once this one is settled */
  next: { value: AnswerValue } | null;
  editedAt: string;
}

export interface EditTarget {
  userId: string;
  assessmentId: string;
  questionKey: string;
}

export const editId = ({ userId, assessmentId, questionKey }: EditTarget): string => `${userId}|${assessmentId}|${questionKey}`;

/** Answers compared as the server's skip logic compares them: a multiple choice is a set. */
export function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((key) => b.includes(key));
  return (a ?? null) === (b ?? null);
}

/** What the user last chose for the question. */
export const latestValue = (edit: QueuedEdit): AnswerValue => (edit.next ? edit.next.value : edit.value);

/** Adds an edit to the question's entry: a new entry, a replaced unsent value, or a `next` behind a sent one. */
export function enqueueEdit(
  existing: QueuedEdit | undefined,
  target: EditTarget,
  value: AnswerValue,
  baseVersion: number,
  newKey: () => string,
  now: Date,
): QueuedEdit {
  const editedAt = now.toISOString();
  if (!existing) {
    return { id: editId(target), ...target, value, baseVersion, idempotencyKey: newKey(), sent: false, next: null, editedAt };
  }
  if (!existing.sent) return { ...existing, value, editedAt };
  return { ...existing, next: sameValue(existing.value, value) ? null : { value }, editedAt };
}

/**
 * The question's entry after the user chose `value`: 'unchanged' when there is nothing to save
 * (same as stored), null when the user went back to the stored value before anything was sent.
 * A refused edit was never applied, so the new value replaces it under a fresh key.
 */
export function planEdit(
  queued: QueuedEdit | undefined,
  wasRefused: boolean,
  server: AnswerState | undefined,
  target: EditTarget,
  value: AnswerValue,
  newKey: () => string,
  now: Date,
): QueuedEdit | null | 'unchanged' {
  const existing = queued && wasRefused ? { ...queued, sent: false, next: null, idempotencyKey: newKey() } : queued;
  const unchanged = server ? sameValue(server.value, value) : value === null;
  if (!existing) return unchanged ? 'unchanged' : enqueueEdit(undefined, target, value, server?.version ?? 0, newKey, now);
  if (!existing.sent && unchanged && existing.baseVersion === (server?.version ?? 0)) return null;
  return enqueueEdit(existing, target, value, server?.version ?? 0, newKey, now);
}

/** After the server confirmed the entry's edit: the follow-up edit rebased on the new version, or nothing left. */
export function settleAck(edit: QueuedEdit, answer: AnswerState, newKey: () => string): QueuedEdit | null {
  if (!edit.next) return null;
  return { ...edit, value: edit.next.value, baseVersion: answer.version, idempotencyKey: newKey(), sent: false, next: null };
}

/**
 * After a 409: when what is stored already equals the user's edit (someone, or an earlier try,
 * wrote the same value) there is nothing to decide; otherwise it is a real conflict.
 */
export function settleConflict(
  edit: QueuedEdit,
  current: AnswerState | null,
  newKey: () => string,
): { kind: 'resolved'; edit: QueuedEdit | null } | { kind: 'conflict' } {
  if (current && sameValue(current.value, latestValue(edit))) return { kind: 'resolved', edit: null };
  if (current && edit.next && sameValue(current.value, edit.value)) return { kind: 'resolved', edit: settleAck(edit, current, newKey) };
  return { kind: 'conflict' };
}

/** "Keep mine": the user's value, written over the version they have now seen. */
export function keepMine(edit: QueuedEdit, current: AnswerState | null, newKey: () => string): QueuedEdit {
  return { ...edit, value: latestValue(edit), baseVersion: current?.version ?? 0, idempotencyKey: newKey(), sent: false, next: null };
}

export type FailureKind = 'retry' | 'signed_out' | 'conflict' | 'rejected';

/** Network failures, time-outs and 5xx keep the edit queued; 401 waits for a new sign-in; 409 asks the user. */
export function classifyFailure(error: unknown): FailureKind {
  if (!isApiError(error)) return 'retry';
  const { status, code } = error;
  if (status === 0 || status >= 500 || status === 408 || status === 429) return 'retry';
  if (status === 401 || (status === 403 && code === 'csrf_failed')) return 'signed_out';
  if (status === 409 && code === 'version_conflict') return 'conflict';
  return 'rejected';
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … up to 30 s. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The server's answers with the queued edits on top: what the page shows and counts. */
export function effectiveAnswers(server: Readonly<Record<string, AnswerState>>, edits: Readonly<Record<string, QueuedEdit>>): Answers {
  const answers: Answers = Object.fromEntries(Object.entries(server).map(([key, answer]) => [key, answer.value]));
  for (const edit of Object.values(edits)) answers[edit.questionKey] = latestValue(edit);
  return answers;
}

/**
 * Keeps the newer of two states of one answer: a replayed save may answer with an older version,
 * and a save's answer carries the evidence of its time, so on a tie the fresh read (`fresh`) wins.
 */
export function newerAnswer(known: AnswerState | undefined, incoming: AnswerState, fresh = false): AnswerState {
  if (!known) return incoming;
  return known.version > incoming.version || (known.version === incoming.version && !fresh) ? known : incoming;
}
