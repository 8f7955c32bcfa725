import type { MailListQuery, MailMessage, MailPage } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { MailStatus } from '../../db/tables.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { countMail, findMail, findMailPage, reviveDeadMail, type ListedMailRow } from './mail-outbox.repository.ts';

/** Each list an administrator can ask for, as outbox states ("pending" is the whole queue, including what a worker is sending). */
const LIST_STATUSES: Record<MailListQuery['status'], readonly MailStatus[]> = {
  dead: ['dead'],
  pending: ['pending', 'sending'],
  sent: ['sent'],
};

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function toMailMessage(row: ListedMailRow): MailMessage {
  return {
    id: row.id,
    to: row.toEmail,
    subject: row.subject,
    kind: row.kind,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: new Date(row.createdAt).toISOString(),
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
    sentAt: iso(row.sentAt),
    deadAt: iso(row.deadAt),
  };
}

/** The outbox as administrators see it: lists by state, and dead letters sent again. */
export function createMailService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async list(query: MailListQuery): Promise<MailPage> {
      const statuses = LIST_STATUSES[query.status];
      const [rows, total] = [
        await findMailPage(db, { statuses, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
        await countMail(db, statuses),
      ];
      return { messages: rows.map(toMailMessage), total, page: query.page, pageSize: query.pageSize };
    },

    /** Queues a dead message again (audited); a worker picks it up on its next run. */
    async resend(auth: ResolvedSession, id: string, ip: string | null): Promise<{ message: MailMessage }> {
      return db.transaction().execute(async (trx) => {
        const at = now();
        const revived = await reviveDeadMail(trx, id, at);
        if (!revived) {
          const existing = await findMail(trx, id);
          if (!existing) throw notFound('Message');
          throw conflict(`This message is ${existing.status}: only a message that could not be delivered can be sent again`, { status: existing.status });
        }
        await recordAudit(
          trx,
          { actor: auth.user, action: 'mail.resent', entityType: 'mail', entityId: id, after: { to: revived.toEmail, kind: revived.kind }, ip },
          at,
        );
        return { message: toMailMessage(revived) };
      });
    },
  };
}
export type MailService = ReturnType<typeof createMailService>;
