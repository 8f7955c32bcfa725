import type { Executor } from '../../db/database.ts';
import { countLoginFailures, deleteLoginFailures, insertLoginAttempt } from './auth.repository.ts';

/**
 * Sign-in throttling as OWASP recommends it (ASVS V6.3.1), counted in the database so every server
 * process sees the same: per account, growing delays after a few failures, short enough that
 * nobody can keep its owner out for long; per address, a budget large enough for a whole office
 * behind one NAT, which refuses only that address, never the accounts it tried.
 */
export const WINDOW_MS = 15 * 60_000;
/** failures of one account before the first delay */
export const FREE_FAILURES = 5;
/** the longest an account waits between attempts, however many failures */
export const MAX_DELAY_MS = 5 * 60_000;
/** failures from one address in the window before that address is refused */
export const ADDRESS_BUDGET = 100;

/** The wait before the next attempt on an account that has failed `failures` times: 1 s, 2 s, 4 s … up to 5 minutes. */
export const accountDelayMs = (failures: number): number => (failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES)));

/** Wrong second-factor codes a pending session may give before it ends (the password is then asked again). */
export const SESSION_CODE_ATTEMPTS = 5;

/** The wait before the next second-factor attempt of an account after `failures` wrong codes: none for 2, then 1 s, 2 s … up to 5 minutes. */
export const secondFactorDelayMs = (failures: number): number => (failures < 3 ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - 3)));

/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
export async function loginRetryAfter(db: Executor, email: string, ip: string, now: Date): Promise<number> {
  const failures = await countLoginFailures(db, email, ip, new Date(now.getTime() - WINDOW_MS));
  const t = now.getTime();
  const accountFree = failures.lastByEmail ? new Date(failures.lastByEmail).getTime() + accountDelayMs(failures.byEmail) : t;
  const addressFree = failures.byIp >= ADDRESS_BUDGET && failures.oldestByIp ? new Date(failures.oldestByIp).getTime() + WINDOW_MS : t;
  const free = Math.max(accountFree, addressFree);
  return free > t ? Math.ceil((free - t) / 1000) : 0;
}

export async function recordLoginAttempt(db: Executor, attempt: { email: string; ip: string; succeeded: boolean; now: Date }): Promise<void> {
  await insertLoginAttempt(db, { email: attempt.email, ip: attempt.ip, succeeded: attempt.succeeded, at: attempt.now });
  // A success clears the account's failures so a user who finally remembers is not slowed later.
  if (attempt.succeeded) await deleteLoginFailures(db, attempt.email);
}
