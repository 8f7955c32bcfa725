import type { Executor } from '../../db/database.ts';
import { queueMail } from './mail-outbox.repository.ts';
import { insertNotifications, type NoticeRow } from './notifications.repository.ts';

export type Notice = NoticeRow;

/**
 * Notifies users in-app and queues an email for each in the outbox, in the caller's transaction
 * (no SMTP here: a sender delivers the outbox; see `mail-delivery.ts`).
 */
export async function notify(trx: Executor, recipients: readonly { id: string; email: string }[], notice: Notice, at: Date): Promise<void> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  await insertNotifications(
    trx,
    unique.map((r) => r.id),
    notice,
    at,
  );
  const body = `${notice.title}\n\n${notice.link ? `Open: ${notice.link}\n` : ''}`;
  await queueMail(
    trx,
    unique.map((r) => ({ toEmail: r.email, subject: `[GCI] ${notice.title}`, body })),
    at,
  );
}
