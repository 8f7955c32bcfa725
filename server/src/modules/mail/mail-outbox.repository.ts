import type { Locale } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import type { MailStatus } from '../../db/tables.ts';

export interface NewOutboxMessage {
  toEmail: string;
  kind: string;
  locale: Locale;
  subject: string;
  body: string;
  html: string;
}

/** Queues messages in the caller's transaction (the transactional outbox: the mail exists if and only if the event does). */
export async function insertOutboxMessages(db: Executor, messages: readonly NewOutboxMessage[], at: Date): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('mailOutbox')
    .values(messages.map((m) => ({ ...m, createdAt: at, nextAttemptAt: at })))
    .execute();
}

/**
 * Takes the lease of the next message due (pending and due, or abandoned by a worker whose lease ran
 * out), counting the attempt. One short statement of its own: `skip locked` lets several workers
 * share the outbox without waiting for each other, and no transaction stays open while the message
 * is sent. No row back: nothing is due.
 */
export const claimNextMail = (db: Executor, { now, leaseUntil, token, maxAttempts }: { now: Date; leaseUntil: Date; token: string; maxAttempts: number }) =>
  db
    .updateTable('mailOutbox')
    .set((eb) => ({ status: 'sending', leaseUntil, leaseToken: token, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('mailOutbox')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'pending'), w('nextAttemptAt', '<=', now)]),
            w.and([w('status', '=', 'sending'), w('leaseUntil', '<', now), w('attempts', '<', maxAttempts)]),
          ]),
        )
        .orderBy('nextAttemptAt')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'toEmail', 'kind', 'locale', 'subject', 'body', 'html', 'attempts', 'createdAt'])
    .executeTakeFirst();

/** Messages whose worker stopped during their last allowed attempt: dead, since sending again could exceed the attempts. */
export async function buryAbandonedMail(db: Executor, { now, maxAttempts }: { now: Date; maxAttempts: number }): Promise<number> {
  const result = await db
    .updateTable('mailOutbox')
    .set({ status: 'dead', deadAt: now, leaseUntil: null, leaseToken: null, lastError: 'The sender stopped during the last attempt' })
    .where('status', '=', 'sending')
    .where('leaseUntil', '<', now)
    .where('attempts', '>=', maxAttempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Records a delivery, if the lease is still this worker's; `dropParts` forgets the text and HTML (they held a one-time link). */
export async function markMailSent(db: Executor, { id, token, at, dropParts }: { id: string; token: string; at: Date; dropParts: boolean }): Promise<boolean> {
  const result = await db
    .updateTable('mailOutbox')
    .set({ status: 'sent', sentAt: at, leaseUntil: null, leaseToken: null, lastError: null, ...(dropParts ? { body: null, html: null } : {}) })
    .where('id', '=', id)
    .where('leaseToken', '=', token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a failed attempt, if the lease is still this worker's: pending again from `retryAt`, or dead when `retryAt` is null. */
export async function markMailFailed(
  db: Executor,
  { id, token, at, error, retryAt }: { id: string; token: string; at: Date; error: string; retryAt: Date | null },
) {
  await db
    .updateTable('mailOutbox')
    .set({
      leaseUntil: null,
      leaseToken: null,
      lastError: error.slice(0, 1000),
      ...(retryAt ? { status: 'pending' as const, nextAttemptAt: retryAt } : { status: 'dead' as const, deadAt: at }),
    })
    .where('id', '=', id)
    .where('leaseToken', '=', token)
    .execute();
}

const LISTED = ['id', 'toEmail', 'kind', 'locale', 'subject', 'status', 'attempts', 'lastError', 'createdAt', 'nextAttemptAt', 'sentAt', 'deadAt'] as const;

/** A page of messages in some states, newest first (the body is never listed: it may hold a one-time link). */
export const findMailPage = (db: Executor, { statuses, limit, offset }: { statuses: readonly MailStatus[]; limit: number; offset: number }) =>
  db.selectFrom('mailOutbox').select(LISTED).where('status', 'in', statuses).orderBy('createdAt', 'desc').orderBy('id').limit(limit).offset(offset).execute();

export async function countMail(db: Executor, statuses: readonly MailStatus[]): Promise<number> {
  const row = await db
    .selectFrom('mailOutbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const findMail = (db: Executor, id: string) => db.selectFrom('mailOutbox').select(LISTED).where('id', '=', id).executeTakeFirst();

/** Puts a dead message back in the queue with a fresh set of attempts; nothing when it is not dead (no row back). */
export const reviveDeadMail = (db: Executor, id: string, at: Date) =>
  db
    .updateTable('mailOutbox')
    .set({ status: 'pending', attempts: 0, nextAttemptAt: at, deadAt: null })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .returning(LISTED)
    .executeTakeFirst();

export type ListedMailRow = NonNullable<Awaited<ReturnType<typeof findMail>>>;
