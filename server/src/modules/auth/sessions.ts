import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { hashToken, newToken } from './tokens.ts';

/** OWASP session guidance: idle 30 minutes, absolute 12 hours (one office day and some). */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
// Writing last_seen_at on every request would turn every read into a write.
const TOUCH_EVERY_MS = 60_000;

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  mfaVerified: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface ResolvedSession {
  session: SessionRow;
  user: UserRow;
}

export async function createSession(
  db: Db,
  input: { userId: string; mfaVerified: boolean; ip: string | null; userAgent: string | null; now: Date },
): Promise<{ token: string; session: SessionRow }> {
  const token = newToken();
  const session = await db
    .insertInto('sessions')
    .values({
      tokenHash: hashToken(token),
      userId: input.userId,
      csrfToken: newToken(),
      mfaVerified: input.mfaVerified,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: new Date(input.now.getTime() + ABSOLUTE_TIMEOUT_MS),
    })
    .returning(['id', 'userId', 'csrfToken', 'mfaVerified', 'createdAt', 'lastSeenAt', 'expiresAt'])
    .executeTakeFirstOrThrow();
  return { token, session };
}

/** The session behind a cookie token, or null when unknown, expired, idle too long, or its user is disabled. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<ResolvedSession | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.userId')
    .where('s.tokenHash', '=', hashToken(token))
    .select(['s.id as sessionId', 's.csrfToken', 's.mfaVerified', 's.createdAt as sessionCreatedAt', 's.lastSeenAt', 's.expiresAt'])
    .selectAll('u')
    .executeTakeFirst();
  if (!row) return null;
  const idleFor = now.getTime() - row.lastSeenAt.getTime();
  if (row.expiresAt <= now || idleFor > IDLE_TIMEOUT_MS || row.disabledAt) {
    await endSession(db, row.sessionId);
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', row.sessionId).execute();
  const { sessionId, csrfToken, mfaVerified, sessionCreatedAt, lastSeenAt, expiresAt, ...user } = row;
  return {
    session: { id: sessionId, userId: user.id, csrfToken, mfaVerified, createdAt: sessionCreatedAt, lastSeenAt, expiresAt },
    user,
  };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user (password change, role change, account disabled), optionally but one. */
export async function endUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptSessionId) query = query.where('id', '<>', exceptSessionId);
  await query.execute();
}
