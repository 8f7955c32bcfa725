import { VersionConflictDetailsSchema, type AnswerState, type AssessmentStatus, type SaveAnswerResponse } from '@gci/shared';
import type { StorageKind } from './edit-store.ts';
import { newerAnswer, settleAck, settleConflict, type QueuedEdit } from './queue-logic.ts';

export interface SyncSnapshot {
  /** the stored queue has been read (edits are sent only after that) */
  ready: boolean;
  storage: StorageKind | null;
  /** the latest answers the server confirmed, by question key */
  server: Readonly<Record<string, AnswerState>>;
  /** edits not yet confirmed, by question key */
  edits: Readonly<Record<string, QueuedEdit>>;
  sending: ReadonlySet<string>;
  /** fields being typed in, not yet handed over (debounce) */
  drafting: ReadonlySet<string>;
  /** 409s waiting for the user's choice, with what the server has */
  conflicts: Readonly<Record<string, AnswerState | null>>;
  /** edits the server refused for good (validation, locked assessment) */
  rejected: Readonly<Record<string, { code: string; message: string }>>;
  /** the last send failed on the network or a 5xx; the next try waits for the backoff or `online` */
  waiting: boolean;
  online: boolean;
  signedOut: boolean;
  assessmentStatus: AssessmentStatus;
}

export const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

export function initialSnapshot(answers: Record<string, AnswerState>, status: AssessmentStatus): SyncSnapshot {
  return {
    ready: false,
    storage: null,
    server: answers,
    edits: {},
    sending: new Set(),
    drafting: new Set(),
    conflicts: {},
    rejected: {},
    waiting: false,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    signedOut: false,
    assessmentStatus: status,
  };
}

/** What the engine changes, and the question's queue entry afterwards ('unchanged': leave it as it is). */
export interface Transition {
  patch: Partial<SyncSnapshot>;
  edit: QueuedEdit | null | 'unchanged';
}

/**
 * The server confirmed `sent`: keep the newer answer state, and settle the entry if it still is
 * that edit (an edit made meanwhile is then sent on top of the confirmed version).
 */
export function afterSave(snap: SyncSnapshot, questionKey: string, sent: QueuedEdit, response: SaveAnswerResponse, newKey: () => string): Transition {
  const current = snap.edits[questionKey];
  return {
    patch: {
      server: { ...snap.server, [questionKey]: newerAnswer(snap.server[questionKey], response.answer) },
      // A replay may carry an older status; only the first save moves the assessment on.
      assessmentStatus: snap.assessmentStatus === 'not_started' ? response.assessmentStatus : snap.assessmentStatus,
    },
    edit: current?.idempotencyKey === sent.idempotencyKey ? settleAck(current, response.answer, newKey) : 'unchanged',
  };
}

/** A 409 `version_conflict`: record what is stored, then settle the entry or ask the user. */
export function afterConflict(snap: SyncSnapshot, questionKey: string, details: unknown, newKey: () => string): Transition {
  const current = VersionConflictDetailsSchema.safeParse(details).data?.current ?? null;
  const server = current ? { ...snap.server, [questionKey]: newerAnswer(snap.server[questionKey], current, true) } : snap.server;
  const edit = snap.edits[questionKey];
  if (!edit) return { patch: { server }, edit: 'unchanged' };
  const settled = settleConflict(edit, current, newKey);
  if (settled.kind === 'resolved') return { patch: { server }, edit: settled.edit };
  return { patch: { server, conflicts: { ...snap.conflicts, [questionKey]: current } }, edit: 'unchanged' };
}
