import type { Executor } from '../../db/database.ts';
import { countLoginFailures, deleteLoginFailures, insertLoginAttempt } from './auth.repository.ts';

/** Ten failures per account, or per address, in fifteen minutes: the next attempt is refused (ASVS V6.3.1). */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfter(db: Executor, email: string, ip: string, now: Date): Promise<number> {
  const failures = await countLoginFailures(db, email, ip, new Date(now.getTime() - WINDOW_MS));
  if (failures.byEmail < MAX_FAILURES && failures.byIp < MAX_FAILURES) return 0;
  const oldest = failures.oldest ? new Date(failures.oldest).getTime() : now.getTime();
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
}

export async function recordLoginAttempt(db: Executor, attempt: { email: string; ip: string; succeeded: boolean; now: Date }): Promise<void> {
  await insertLoginAttempt(db, { email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, at: attempt.now });
  // A success clears the account's failures so a user who finally remembers is not locked out later.
  if (attempt.succeeded) await deleteLoginFailures(db, attempt.email);
}
