import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/tables.ts';
import { contentHash } from '../../lib/hash.ts';

type DbOrTrx = Kysely<Database> | Transaction<Database>;

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
export const hashedFields = (e: { at: Date; actorId: string | null; action: string; entityType: string; entityId: string | null; countryIso3: string | null; before: unknown; after: unknown }) => ({
  at: e.at.toISOString(),
  actorId: e.actorId,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  country: e.countryIso3,
  before: e.before ?? null,
  after: e.after ?? null,
});

/**
 * Appends one audit row in the caller's transaction (so it commits or rolls back with the change
 * it describes). Each row's hash covers the previous row's hash: an edit made around the
 * application breaks the chain, and `verifyAuditChain` finds it.
 */
export async function recordAudit(trx: DbOrTrx, event: AuditEvent, at: Date): Promise<void> {
  // The chain's lock lasts until commit: outside a transaction it would be gone before the insert.
  if (!trx.isTransaction) return trx.transaction().execute((t) => recordAudit(t, event, at));
  await auditInsert(trx, event, at, await lockAuditChain(trx as Transaction<Database>)).execute();
}

/**
 * Takes the chain's one lock until the transaction ends, so two writers never link to the same
 * row, and returns the last row's hash (read by a definer function: the application role may not
 * read other countries' rows). Take it last, just before the insert: it serialises every writer.
 */
export async function lockAuditChain(trx: Transaction<Database>): Promise<string | null> {
  const { rows } = await sql<{ hash: string | null }>`select audit_chain_lock() as hash`.execute(trx);
  return rows[0]?.hash ?? null;
}

/** The insert of one audit row linked to `prevHash` (from `lockAuditChain`), to execute alone or with other writes. */
export function auditInsert(trx: DbOrTrx, event: AuditEvent, at: Date, prevHash: string | null) {
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
  const hash = contentHash({ prev: prevHash, row: hashedFields(row) });
  return trx
    .insertInto('auditLog')
    .values({ ...row, before: row.before === null ? null : JSON.stringify(row.before), after: row.after === null ? null : JSON.stringify(row.after), prevHash, hash });
}

/** Re-computes the chain; returns the id of the first row that does not match, or null when intact. */
export async function verifyAuditChain(db: DbOrTrx): Promise<{ rows: number; brokenAt: number | null }> {
  const rows = await db.selectFrom('auditLog').selectAll().orderBy('id').execute();
  let prev: string | null = null;
  for (const row of rows) {
    const expected = contentHash({ prev, row: hashedFields({ ...row, at: new Date(row.at) }) });
    if (row.prevHash !== prev || row.hash !== expected) return { rows: rows.length, brokenAt: row.id };
    prev = row.hash;
  }
  return { rows: rows.length, brokenAt: null };
}
