import type { SyncSnapshot } from './answer-sync.ts';

export type SaveStateKind = 'saved' | 'saving' | 'offline' | 'conflict' | 'error' | 'signed_out';

export interface SaveSummary {
  kind: SaveStateKind;
  /** edits not yet confirmed by the server */
  pending: number;
  conflicts: number;
  rejected: number;
}

/** The one state the page announces, most urgent first. */
export function summarizeSaveState(snapshot: SyncSnapshot): SaveSummary {
  const pending = Object.keys(snapshot.edits).length;
  const conflicts = Object.keys(snapshot.conflicts).length;
  const rejected = Object.keys(snapshot.rejected).length;
  const summary = { pending, conflicts, rejected };
  if (snapshot.signedOut) return { kind: 'signed_out', ...summary };
  if (conflicts > 0) return { kind: 'conflict', ...summary };
  if (rejected > 0) return { kind: 'error', ...summary };
  if (pending > 0 && (!snapshot.online || snapshot.waiting)) return { kind: 'offline', ...summary };
  // Until this device's queue has been read, "all saved" would be a guess.
  if (pending > 0 || snapshot.drafting.size > 0 || !snapshot.ready) return { kind: 'saving', ...summary };
  return { kind: 'saved', ...summary };
}

/** The state shown beside one question; null for a question nobody answered yet. */
export function questionSaveState(snapshot: SyncSnapshot, questionKey: string): SaveStateKind | null {
  if (questionKey in snapshot.conflicts) return 'conflict';
  if (questionKey in snapshot.rejected) return 'error';
  if (snapshot.drafting.has(questionKey)) return 'saving';
  if (questionKey in snapshot.edits) {
    if (snapshot.signedOut) return 'signed_out';
    if (snapshot.sending.has(questionKey)) return 'saving';
    return !snapshot.online || snapshot.waiting ? 'offline' : 'saving';
  }
  return questionKey in snapshot.server ? 'saved' : null;
}
