import type { Compilable, Transaction } from 'kysely';
import type { Database } from '../../db/tables.ts';
import { AppError } from '../../errors.ts';
import { contentHash } from '../../lib/hash.ts';
import { findIdempotencyKey, insertIdempotencyKey, storeIdempotentResponse } from './idempotency.repository.ts';

export type Replay<T> =
  | { replayed: true; status: number; response: T }
  | {
      replayed: false;
      /** the write that stores the response for retries (execute it, or batch it with other writes) */
      completion(status: number, response: T): Compilable;
    };

/**
 * Claims an idempotency key inside the caller's transaction. A concurrent request with the same
 * key waits on the primary key until this transaction ends, then sees the stored response, so a
 * retry is answered with the first result and never writes twice (the uniqueness is the
 * database's, not an `if`). The same key with another request body is a client bug: 422.
 */
export async function claimIdempotencyKey<T>(trx: Transaction<Database>, userId: string, key: string, request: unknown): Promise<Replay<T>> {
  const requestHash = contentHash(request);
  if (!(await insertIdempotencyKey(trx, { userId, key, requestHash }))) {
    const stored = await findIdempotencyKey(trx, userId, key);
    if (stored.requestHash !== requestHash) {
      throw new AppError(422, 'validation_failed', 'This Idempotency-Key was already used for a different request', { field: 'headers.idempotency-key' });
    }
    return { replayed: true, status: stored.statusCode, response: stored.response as T };
  }
  return { replayed: false, completion: (status, response) => storeIdempotentResponse(trx, userId, key, status, response) };
}
