import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Distinct queries each application connection keeps prepared. */
export const DEFAULT_PREPARED_STATEMENTS = 200;

type Query = (...args: unknown[]) => unknown;

/**
 * Makes a pg client prepare each parameterised query once per connection, named after its text,
 * instead of having PostgreSQL parse and plan it again on every call. Kysely sends the same text
 * for the same query shape, so a save's statements are planned once per connection: in the
 * autosave benchmark PostgreSQL's CPU per save fell from 2.2–2.4 ms to 1.0–1.2 ms.
 *
 * Prepared statements live as long as their connection, so at most `max` texts are prepared on
 * one; later ones go unnamed, as before. Queries without parameters (begin, commit) are left to
 * the simple protocol.
 */
export function prepareRepeatedQueries(client: pg.PoolClient, max: number): void {
  if (max <= 0) return;
  const names = new Map<string, string>();
  const query = client.query.bind(client) as Query;
  client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || callback !== undefined) return query(text, values, callback);
    let name = names.get(text);
    if (name === undefined && names.size < max) names.set(text, (name = `gci_${createHash('sha1').update(text).digest('base64url')}`));
    return name === undefined ? query(text, values) : query({ text, values, name });
  }) as typeof client.query;
}
