import type { Transaction } from 'kysely';
import type { Database } from '../../db/tables.ts';

type Trx = Transaction<Database>;

/** Inserts the key as claimed (no response yet); false when it exists. A concurrent claim of the same key waits here for the first transaction to end. */
export async function insertIdempotencyKey(trx: Trx, k: { userId: string; key: string; requestHash: string }): Promise<boolean> {
  const claimed = await trx
    .insertInto('idempotencyKeys')
    .values({ ...k, statusCode: 0, response: '{}' })
    .onConflict((oc) => oc.columns(['userId', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function findIdempotencyKey(trx: Trx, userId: string, key: string) {
  return trx.selectFrom('idempotencyKeys').selectAll().where('userId', '=', userId).where('key', '=', key).executeTakeFirstOrThrow();
}

/** Stores the response of a claimed key, for retries (to execute, or to batch with other writes). */
export const storeIdempotentResponse = (trx: Trx, userId: string, key: string, status: number, response: unknown) =>
  trx
    .updateTable('idempotencyKeys')
    .set({ statusCode: status, response: JSON.stringify(response) })
    .where('userId', '=', userId)
    .where('key', '=', key);
