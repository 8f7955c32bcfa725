import type { Executor } from '../../db/database.ts';
import type { AccountTokensTable } from '../../db/tables.ts';

export type LinkPurpose = AccountTokensTable['purpose'];

export async function insertAccountToken(
  db: Executor,
  token: { purpose: LinkPurpose; userId: string | null; tokenHash: string; createdBy: string | null; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insertInto('accountTokens').values(token).execute();
}

/** A link's row with the account it sets up (none for the first admin's setup link). */
export const findAccountToken = (db: Executor, tokenHash: string) =>
  db
    .selectFrom('accountTokens as t')
    .leftJoin('users as u', 'u.id', 't.userId')
    .select(['t.id', 't.purpose', 't.userId', 't.expiresAt', 't.usedAt', 'u.email', 'u.name', 'u.disabledAt', 'u.activatedAt'])
    .where('t.tokenHash', '=', tokenHash)
    .executeTakeFirst();

/** Marks a link used, only if it still was not: true when this caller claimed it (of two racing redeems, one wins). */
export async function claimAccountToken(db: Executor, id: string, at: Date): Promise<boolean> {
  const claimed = await db
    .updateTable('accountTokens')
    .set({ usedAt: at })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', at)
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Retires a person's unused links of one purpose (a new invitation replaces the old one). */
export async function retireAccountTokens(db: Executor, purpose: LinkPurpose, userId: string | null, at: Date): Promise<void> {
  let query = db.updateTable('accountTokens').set({ usedAt: at }).where('purpose', '=', purpose).where('usedAt', 'is', null);
  query = userId === null ? query.where('userId', 'is', null) : query.where('userId', '=', userId);
  await query.execute();
}

/** How many links of a purpose were made for an account since a time (the reset throttle). */
export async function countRecentTokens(db: Executor, purpose: LinkPurpose, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('accountTokens')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('purpose', '=', purpose)
    .where('userId', '=', userId)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
