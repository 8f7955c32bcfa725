import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/tables.ts';

type DbOrTrx = Kysely<Database> | Transaction<Database>;

export interface Notice {
  kind: string;
  title: string;
  link: string | null;
  assessmentId: string | null;
}

/**
 * Notifies users in-app and queues an email for each in the outbox, in the caller's transaction
 * (no SMTP here: a sender process delivers the outbox; see `mail-sender.ts`).
 */
export async function notify(trx: DbOrTrx, recipients: { id: string; email: string }[], notice: Notice, at: Date): Promise<void> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  if (unique.length === 0) return;
  await trx.insertInto('notifications').values(unique.map((r) => ({ userId: r.id, ...notice, createdAt: at }))).execute();
  await trx
    .insertInto('mailOutbox')
    .values(unique.map((r) => ({ toEmail: r.email, subject: `[GCI] ${notice.title}`, body: `${notice.title}\n\n${notice.link ? `Open: ${notice.link}\n` : ''}`, createdAt: at })))
    .execute();
}

/** Active focal points of a country. */
export const countryTeam = (db: DbOrTrx, iso3: string) =>
  db.selectFrom('users').select(['id', 'email']).where('role', '=', 'focal_point').where('countryIso3', '=', iso3).where('disabledAt', 'is', null).execute();

/** Active reviewers (admins can review too, but are not notified of every submission). */
export const reviewers = (db: DbOrTrx) => db.selectFrom('users').select(['id', 'email']).where('role', 'in', ['reviewer']).where('disabledAt', 'is', null).execute();
