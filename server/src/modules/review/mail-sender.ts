import type { Db } from '../../db/database.ts';

/** Delivers one message; plug in SMTP or an email API here. Throws to have the message retried. */
export type SendMail = (message: { to: string; subject: string; body: string }) => Promise<void>;

/**
 * Sends pending outbox messages (oldest first), marking each sent or recording the error.
 * `for update skip locked` lets several sender processes share the outbox without sending twice.
 */
export async function deliverOutbox(db: Db, send: SendMail, options: { batch?: number; maxAttempts?: number; now?: () => Date } = {}): Promise<{ sent: number; failed: number }> {
  const { batch = 50, maxAttempts = 5, now = () => new Date() } = options;
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('mailOutbox')
      .selectAll()
      .where('sentAt', 'is', null)
      .where('attempts', '<', maxAttempts)
      .orderBy('createdAt')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    let sent = 0;
    let failed = 0;
    for (const message of pending) {
      try {
        await send({ to: message.toEmail, subject: message.subject, body: message.body });
        await trx.updateTable('mailOutbox').set({ sentAt: now(), attempts: message.attempts + 1 }).where('id', '=', message.id).execute();
        sent++;
      } catch (error) {
        await trx.updateTable('mailOutbox').set({ attempts: message.attempts + 1, lastError: String(error).slice(0, 500) }).where('id', '=', message.id).execute();
        failed++;
      }
    }
    return { sent, failed };
  });
}
