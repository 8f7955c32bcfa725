import type { Db } from '../../db/database.ts';
import { claimPendingMail, markMailFailed, markMailSent } from './mail-outbox.repository.ts';

/** Delivers one message; plug in SMTP or an email API here. Throws to have the message retried. */
export type SendMail = (message: { to: string; subject: string; body: string }) => Promise<void>;

/** Sends pending outbox messages (oldest first), marking each sent or recording the error. */
export async function deliverOutbox(
  db: Db,
  send: SendMail,
  options: { batch?: number; maxAttempts?: number; now?: () => Date } = {},
): Promise<{ sent: number; failed: number }> {
  const { batch = 50, maxAttempts = 5, now = () => new Date() } = options;
  return db.transaction().execute(async (trx) => {
    let sent = 0;
    let failed = 0;
    for (const message of await claimPendingMail(trx, { batch, maxAttempts })) {
      try {
        await send({ to: message.toEmail, subject: message.subject, body: message.body });
        await markMailSent(trx, message.id, message.attempts + 1, now());
        sent++;
      } catch (error) {
        await markMailFailed(trx, message.id, message.attempts + 1, String(error));
        failed++;
      }
    }
    return { sent, failed };
  });
}
