import type { Executor } from '../../db/database.ts';

export interface OutgoingMail {
  toEmail: string;
  subject: string;
  body: string;
}

export async function queueMail(db: Executor, messages: readonly OutgoingMail[], at: Date): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('mailOutbox')
    .values(messages.map((m) => ({ ...m, createdAt: at })))
    .execute();
}

/** The oldest unsent messages, locked for this transaction; `skip locked` lets several senders share the outbox. */
export const claimPendingMail = (db: Executor, { batch, maxAttempts }: { batch: number; maxAttempts: number }) =>
  db
    .selectFrom('mailOutbox')
    .selectAll()
    .where('sentAt', 'is', null)
    .where('attempts', '<', maxAttempts)
    .orderBy('createdAt')
    .limit(batch)
    .forUpdate()
    .skipLocked()
    .execute();

export async function markMailSent(db: Executor, id: string, attempts: number, at: Date): Promise<void> {
  await db.updateTable('mailOutbox').set({ sentAt: at, attempts }).where('id', '=', id).execute();
}

export async function markMailFailed(db: Executor, id: string, attempts: number, error: string): Promise<void> {
  await db
    .updateTable('mailOutbox')
    .set({ attempts, lastError: error.slice(0, 500) })
    .where('id', '=', id)
    .execute();
}
