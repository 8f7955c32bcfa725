import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';

// ——— the account, as sign-in and its second factor read and change it ———

export const findUserByEmail = (db: Executor, email: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

export const findUserById = (db: Executor, userId: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();

/** Records a TOTP step as used, only if it is newer than the last one: true when this caller claimed it. */
export async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .updateTable('users')
    .set({ totpLastStep: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Counts a wrong second-factor code on the session and the account; the account waits `delayMs(failures)` before the next. */
export async function recordSecondFactorFailure(db: Executor, input: { sessionId: string; userId: string; at: Date; delayMs: (failures: number) => number }) {
  const session = await db
    .updateTable('sessions')
    .set((eb) => ({ mfaFailures: eb('mfaFailures', '+', 1) }))
    .where('id', '=', input.sessionId)
    .returning('mfaFailures')
    .executeTakeFirst();
  const user = await db
    .updateTable('users')
    .set((eb) => ({ mfaFailures: eb('mfaFailures', '+', 1) }))
    .where('id', '=', input.userId)
    .returning('mfaFailures')
    .executeTakeFirstOrThrow();
  const retryAt = new Date(input.at.getTime() + input.delayMs(user.mfaFailures));
  await db.updateTable('users').set({ mfaRetryAt: retryAt }).where('id', '=', input.userId).execute();
  return { sessionFailures: session?.mfaFailures ?? 0, accountFailures: user.mfaFailures, retryAt };
}

export async function clearSecondFactorFailures(db: Executor, userId: string): Promise<void> {
  await db.updateTable('users').set({ mfaFailures: 0, mfaRetryAt: null }).where('id', '=', userId).execute();
}

/** Removes a recovery code (by hash) from the account, if it is still there: true when this caller claimed it. */
export async function claimRecoveryCode(db: Executor, userId: string, codeHash: string): Promise<boolean> {
  const claimed = await db
    .updateTable('users')
    .set({ recoveryCodes: sql`recovery_codes - ${codeHash}::text` })
    .where('id', '=', userId)
    .where(sql<boolean>`jsonb_exists(recovery_codes, ${codeHash}::text)`)
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function setTotpSecret(db: Executor, userId: string, secret: string): Promise<void> {
  await db.updateTable('users').set({ totpSecret: secret }).where('id', '=', userId).execute();
}

/**
 * Turns the second factor on, only if it is still off and the secret is the one the code was
 * checked against (a restarted set-up changes it): the updated row, or undefined.
 */
export const enableTotp = (db: Executor, userId: string, input: { secret: string; step: number; recoveryCodeHashes: string[]; at: Date }) =>
  db
    .updateTable('users')
    .set({ totpEnabledAt: input.at, totpLastStep: input.step, recoveryCodes: JSON.stringify(input.recoveryCodeHashes) })
    .where('id', '=', userId)
    .where('totpEnabledAt', 'is', null)
    .where('totpSecret', '=', input.secret)
    .returningAll()
    .executeTakeFirst();

/** A password the user chose themselves: any pending invitation is accepted, and no change is owed any more. */
export async function updatePasswordHash(db: Executor, userId: string, passwordHash: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ passwordHash, passwordChangedAt: at, mustChangePassword: false, activatedAt: eb.fn.coalesce('activatedAt', eb.val(at)) }))
    .where('id', '=', userId)
    .execute();
}

export async function recordSignIn(db: Executor, userId: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ lastSignInAt: at }).where('id', '=', userId).execute();
}

export async function adminExists(db: Executor): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst()) !== undefined;
}

export const insertFirstAdmin = (db: Executor, admin: { email: string; name: string; passwordHash: string; at: Date }) =>
  db
    .insertInto('users')
    .values({
      email: admin.email,
      name: admin.name,
      role: 'admin',
      countryIso3: null,
      passwordHash: admin.passwordHash,
      activatedAt: admin.at,
      passwordChangedAt: admin.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

// ——— sign-in attempts, for the throttle ———

/** Failures since `since` for the email and for the address, and the time of the oldest of them. */
export const countLoginFailures = (db: Executor, email: string, ip: string, since: Date) =>
  db
    .selectFrom('loginAttempts')
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
    .select([
      sql<number>`count(*) filter (where email = ${email})::int`.as('byEmail'),
      sql<Date | null>`max(at) filter (where email = ${email})`.as('lastByEmail'),
      sql<number>`count(*) filter (where ip = ${ip})::int`.as('byIp'),
      sql<Date | null>`min(at) filter (where ip = ${ip})`.as('oldestByIp'),
    ])
    .executeTakeFirstOrThrow();

export async function insertLoginAttempt(db: Executor, attempt: { email: string; ip: string; succeeded: boolean; at: Date }): Promise<void> {
  await db.insertInto('loginAttempts').values(attempt).execute();
}

export async function deleteLoginFailures(db: Executor, email: string): Promise<void> {
  await db.deleteFrom('loginAttempts').where('email', '=', email).where('succeeded', '=', false).execute();
}
