import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { canonicalJson, contentHash } from '../../lib/hash.ts';
import { insertLinkedAuditRow, listAuditRowsInOrder } from './audit.repository.ts';

export interface AuditEvent {
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  country?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/** The fields a row's hash covers, in a fixed shape. */
export const hashedFields = (e: {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  countryIso3: string | null;
  before: unknown;
  after: unknown;
}) => ({
  at: e.at.toISOString(),
  actorId: e.actorId,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  country: e.countryIso3,
  before: e.before ?? null,
  after: e.after ?? null,
});

/** The chain an event is linked in: its country's, or the platform's for events of no country. */
export const auditChainOf = (country: string | null | undefined): string => country ?? 'platform';

/**
 * Appends one audit row in the caller's transaction (so it commits or rolls back with the change
 * it describes). Each row's hash covers the previous row's hash in its chain (one per country):
 * an edit made around the application breaks the chain, and `verifyAuditChain` finds it.
 */
export async function recordAudit(trx: Executor, event: AuditEvent, at: Date): Promise<void> {
  // The chain's lock lasts until commit: outside a transaction it would be gone before the insert.
  if (!trx.isTransaction) return trx.transaction().execute((t) => recordAudit(t, event, at));
  await linkedAuditInsert(trx as Transaction<Database>, event, at).execute();
}

/**
 * The insert of one audit row, to execute alone or with other writes, that takes its chain's lock
 * (until the transaction ends, so two writers never link to the same row) and links to the chain's
 * last hash, in one statement: on the hot path that is one round trip less, and the lock is held
 * only from this statement to the commit. Put it last: it serialises the country's writers (the
 * platform's, for events of no country).
 *
 * The hash is `contentHash({ prev, row })`, what `verifyAuditChain` recomputes. Canonical JSON
 * writes "prev" before "row", so the row's part is serialised here and PostgreSQL only puts the
 * link in front of it. (The chain's tail is read by a definer function: the application role may
 * not read other countries' rows.)
 */
export function linkedAuditInsert(trx: Transaction<Database>, event: AuditEvent, at: Date) {
  const row = {
    at,
    actorId: event.actor?.id ?? null,
    actorEmail: event.actor?.email ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    countryIso3: event.country ?? null,
    before: event.before === undefined ? null : event.before,
    after: event.after === undefined ? null : event.after,
    ip: event.ip ?? null,
  };
  return insertLinkedAuditRow(trx, row, auditChainOf(event.country), `,"row":${canonicalJson(hashedFields(row))}}`);
}

/**
 * Re-computes every chain; returns the id of the first row (in id order) that does not match its
 * chain's previous row, or null when all are intact. Within a chain ids follow the links: a writer
 * holds the chain's lock until its commit, so the next writer's row is inserted after it.
 */
export async function verifyAuditChain(db: Executor): Promise<{ rows: number; brokenAt: number | null }> {
  const rows = await listAuditRowsInOrder(db);
  const tails = new Map<string, string>();
  for (const row of rows) {
    const prev = tails.get(row.chain) ?? null;
    const expected = contentHash({ prev, row: hashedFields({ ...row, at: new Date(row.at) }) });
    if (row.prevHash !== prev || row.hash !== expected) return { rows: rows.length, brokenAt: row.id };
    tails.set(row.chain, row.hash);
  }
  return { rows: rows.length, brokenAt: null };
}
