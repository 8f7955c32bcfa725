import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Ten failures per account, or per address, in fifteen minutes: the next attempt is refused (ASVS V6.3.1). */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfter(db: Db, email: string, ip: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = await db
    .selectFrom('loginAttempts')
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
    .select([
      sql<number>`count(*) filter (where email = ${email})::int`.as('byEmail'),
      sql<number>`count(*) filter (where ip = ${ip})::int`.as('byIp'),
      sql<Date | null>`min(at)`.as('oldest'),
    ])
    .executeTakeFirstOrThrow();
  if (rows.byEmail < MAX_FAILURES && rows.byIp < MAX_FAILURES) return 0;
  const oldest = rows.oldest ? new Date(rows.oldest).getTime() : now.getTime();
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
}

export async function recordLoginAttempt(db: Db, attempt: { email: string; ip: string; succeeded: boolean; now: Date }): Promise<void> {
  await db.insertInto('loginAttempts').values({ email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, at: attempt.now }).execute();
  // A success clears the account's failures so a user who finally remembers is not locked out later.
  if (attempt.succeeded) await db.deleteFrom('loginAttempts').where('email', '=', attempt.email).where('succeeded', '=', false).execute();
}
