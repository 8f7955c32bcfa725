import type { AnswerState, AnswerValue, AssessmentStatus, EvidenceItem, SaveAnswerResponse } from '@gci/shared';
import type { ApiError } from '../../../lib/api-client.ts';
import type { EditStore } from './edit-store.ts';
import { backoffDelay, classifyFailure, keepMine, newerAnswer, planEdit, type QueuedEdit } from './queue-logic.ts';
import { afterConflict, afterSave, initialSnapshot, without, type SyncSnapshot } from './sync-snapshot.ts';

export type { SyncSnapshot };

export interface SyncOptions {
  userId: string;
  assessmentId: string;
  answers: Record<string, AnswerState>;
  status: AssessmentStatus;
  openStore: () => Promise<EditStore>;
  save: (edit: QueuedEdit) => Promise<SaveAnswerResponse>;
  newKey: () => string;
  onSignedOut?: () => void;
  maxParallel?: number;
}

/**
 * Autosave with an offline queue for one assessment: every edit is stored on the device first,
 * then sent; it leaves the store only when the server confirmed it. Network failures and 5xx are
 * retried with backoff and on the `online` event; reopening the page replays what is left.
 */
export class AnswerSync {
  private snap: SyncSnapshot;
  private readonly listeners = new Set<() => void>();
  private store: EditStore | null = null;
  private generation = 0;
  private stopped = true;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: SyncOptions) {
    this.snap = initialSnapshot(options.answers, options.status);
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SyncSnapshot => this.snap;

  /** Reads the stored queue of this user and assessment, then sends it. Safe to call again after `stop`. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.stopped = false;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    const store = await this.options.openStore();
    const stored = await store.list();
    if (generation !== this.generation) return;
    this.store = store;
    const mine = stored.filter((edit) => edit.userId === this.options.userId && edit.assessmentId === this.options.assessmentId);
    // Edits made while the store was opening are newer than what it held.
    const early = Object.values(this.snap.edits);
    for (const edit of early) void this.persist(edit);
    this.update({ ready: true, storage: store.kind, edits: { ...Object.fromEntries(mine.map((e) => [e.questionKey, e])), ...this.snap.edits } });
    this.flush();
  }

  stop(): void {
    this.generation++;
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  /** The user changed an answer. */
  edit(questionKey: string, value: AnswerValue): void {
    const { userId, assessmentId, newKey } = this.options;
    const queued = this.snap.edits[questionKey];
    const wasRefused = questionKey in this.snap.rejected;
    const next = planEdit(queued, wasRefused, this.snap.server[questionKey], { userId, assessmentId, questionKey }, value, newKey, new Date());
    if (next === 'unchanged') return;
    void this.setEdit(questionKey, next);
    if (questionKey in this.snap.rejected) this.update({ rejected: without(this.snap.rejected, questionKey) });
    this.flush();
  }

  /** A typed field has text not yet handed over (`on`), or has handed it over. */
  setDrafting(questionKey: string, on: boolean): void {
    if (this.snap.drafting.has(questionKey) === on) return;
    const drafting = new Set(this.snap.drafting);
    if (on) drafting.add(questionKey);
    else drafting.delete(questionKey);
    this.update({ drafting });
  }

  /** 409, "keep mine": write the user's value over the version they have now seen. */
  keepMine(questionKey: string): void {
    const edit = this.snap.edits[questionKey];
    if (!edit) return;
    void this.setEdit(questionKey, keepMine(edit, this.snap.conflicts[questionKey] ?? null, this.options.newKey));
    this.update({ conflicts: without(this.snap.conflicts, questionKey) });
    this.flush();
  }

  /** 409, "take theirs" (or a refused edit dropped): the stored answer stays. */
  discard(questionKey: string): void {
    void this.setEdit(questionKey, null);
    this.update({ conflicts: without(this.snap.conflicts, questionKey), rejected: without(this.snap.rejected, questionKey) });
  }

  /** Tries the waiting edits now instead of after the backoff. */
  retryNow(): void {
    clearTimeout(this.timer);
    this.update({ waiting: false });
    this.flush();
  }

  /** Answers read from the server again (reload, other language, confirmation). */
  mergeServer(answers: Readonly<Record<string, AnswerState>>): void {
    const server = { ...this.snap.server };
    for (const [key, answer] of Object.entries(answers)) server[key] = newerAnswer(server[key], answer, true);
    this.update({ server });
  }

  setEvidence(questionKey: string, evidence: EvidenceItem[]): void {
    const answer = this.snap.server[questionKey];
    if (answer) this.update({ server: { ...this.snap.server, [questionKey]: { ...answer, evidence } } });
  }

  setAssessmentStatus(status: AssessmentStatus): void {
    this.update({ assessmentStatus: status });
  }

  private readonly onOnline = () => {
    clearTimeout(this.timer);
    this.update({ online: true, waiting: false });
    this.flush();
  };

  private readonly onOffline = () => this.update({ online: false });

  private update(patch: Partial<SyncSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setEdit(questionKey: string, edit: QueuedEdit | null): Promise<void> {
    const previous = this.snap.edits[questionKey];
    this.update({ edits: edit ? { ...this.snap.edits, [questionKey]: edit } : without(this.snap.edits, questionKey) });
    if (edit) return this.persist(edit);
    return previous ? this.unpersist(previous.id) : Promise.resolve();
  }

  // After stop (sign-out, leaving the page) nothing is written: sign-out may have just cleared the store.
  private async persist(edit: QueuedEdit): Promise<void> {
    if (this.store && !this.stopped) await this.store.put(edit).catch(() => undefined);
  }

  private async unpersist(id: string): Promise<void> {
    if (this.store && !this.stopped) await this.store.remove(id).catch(() => undefined);
  }

  private flush(): void {
    const { ready, waiting, signedOut, online } = this.snap;
    if (this.stopped || !ready || waiting || signedOut || !online) return;
    for (const [key, edit] of Object.entries(this.snap.edits)) {
      if (this.snap.sending.size >= (this.options.maxParallel ?? 3)) return;
      if (this.snap.sending.has(key) || key in this.snap.conflicts || key in this.snap.rejected) continue;
      void this.send(key, edit);
    }
  }

  private async send(questionKey: string, edit: QueuedEdit): Promise<void> {
    const sent = edit.sent ? edit : { ...edit, sent: true };
    this.update({ sending: new Set(this.snap.sending).add(questionKey) });
    // The frozen key must be on the device before the request leaves, or a later edit could reuse it.
    if (sent !== edit) await this.setEdit(questionKey, sent);
    try {
      this.onSaved(questionKey, sent, await this.options.save(sent));
    } catch (error) {
      this.onFailed(questionKey, error);
    } finally {
      const sending = new Set(this.snap.sending);
      sending.delete(questionKey);
      this.update({ sending });
      this.flush();
    }
  }

  private onSaved(questionKey: string, sent: QueuedEdit, response: SaveAnswerResponse): void {
    this.attempt = 0;
    const { patch, edit } = afterSave(this.snap, questionKey, sent, response, this.options.newKey);
    this.update(patch);
    if (edit !== 'unchanged') void this.setEdit(questionKey, edit);
  }

  private onFailed(questionKey: string, error: unknown): void {
    const kind = classifyFailure(error);
    if (kind === 'retry') {
      if (this.snap.waiting) return; // parallel sends failing together back off once
      this.update({ waiting: true });
      this.timer = setTimeout(() => {
        this.update({ waiting: false });
        this.flush();
      }, backoffDelay(this.attempt++));
    } else if (kind === 'signed_out') {
      this.update({ signedOut: true });
      this.options.onSignedOut?.();
    } else if (kind === 'conflict') {
      this.onConflict(questionKey, error as ApiError);
    } else {
      const { code, message } = error as ApiError;
      this.update({ rejected: { ...this.snap.rejected, [questionKey]: { code, message } } });
    }
  }

  private onConflict(questionKey: string, error: ApiError): void {
    const { patch, edit } = afterConflict(this.snap, questionKey, error.details, this.options.newKey);
    this.update(patch);
    if (edit !== 'unchanged') void this.setEdit(questionKey, edit);
  }
}
