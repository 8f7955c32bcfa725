import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { SessionsTable } from '../../db/tables.ts';

const SESSION_COLUMNS = ['id', 'userId', 'csrfToken', 'mfaVerified', 'createdAt', 'lastSeenAt', 'expiresAt'] as const;

export const insertSession = (db: Executor, session: Insertable<SessionsTable>) =>
  db.insertInto('sessions').values(session).returning(SESSION_COLUMNS).executeTakeFirstOrThrow();

/** A session by the hash of its token, with its user's whole row. */
export const findSessionWithUser = (db: Executor, tokenHash: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .where('s.tokenHash', '=', tokenHash)
    .select(['s.id as sessionId', 's.csrfToken', 's.mfaVerified', 's.createdAt as sessionCreatedAt', 's.lastSeenAt', 's.expiresAt'])
    .selectAll('u')
    .executeTakeFirst();

export async function touchSession(db: Executor, sessionId: string, at: Date): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: at }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Deletes every session of a user, or every one but `exceptSessionId`. */
export async function deleteUserSessions(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
  await query.execute();
}
