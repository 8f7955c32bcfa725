import type { Executor } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { deleteSession, deleteUserSessions, findSessionWithUser, insertSession, touchSession } from './sessions.repository.ts';
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

/** A new session: the token goes to the cookie, only its hash to the database. */
export async function createSession(
  db: Executor,
  input: { userId: string; mfaVerified: boolean; ip: string | null; userAgent: string | null; now: Date },
): Promise<{ token: string; session: SessionRow }> {
  const token = newToken();
  const session = await insertSession(db, {
    tokenHash: hashToken(token),
    userId: input.userId,
    csrfToken: newToken(),
    mfaVerified: input.mfaVerified,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt: new Date(input.now.getTime() + ABSOLUTE_TIMEOUT_MS),
  });
  return { token, session };
}

/** The session behind a cookie token, or null when unknown, expired, idle too long, or its user is disabled. */
export async function resolveSession(db: Executor, token: string, now: Date): Promise<ResolvedSession | null> {
  const row = await findSessionWithUser(db, hashToken(token));
  if (!row) return null;
  const idleFor = now.getTime() - row.lastSeenAt.getTime();
  if (row.expiresAt <= now || idleFor > IDLE_TIMEOUT_MS || row.disabledAt) {
    await endSession(db, row.sessionId);
    return null;
  }
  if (idleFor > TOUCH_EVERY_MS) await touchSession(db, row.sessionId, now);
  const { sessionId, csrfToken, mfaVerified, sessionCreatedAt, lastSeenAt, expiresAt, ...user } = row;
  return {
    session: { id: sessionId, userId: user.id, csrfToken, mfaVerified, createdAt: sessionCreatedAt, lastSeenAt, expiresAt },
    user,
  };
}

export const endSession = (db: Executor, sessionId: string): Promise<void> => deleteSession(db, sessionId);

/** Ends every session of a user (password change, role change, account disabled), optionally but one. */
export const endUserSessions = (db: Executor, userId: string, exceptSessionId?: string): Promise<void> => deleteUserSessions(db, userId, exceptSessionId);
