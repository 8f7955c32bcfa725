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

// One lock for the chain: two concurrent writers must not both link to the same previous row.
const CHAIN_LOCK = 4_547_001;

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
  await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
  const previous = await trx.selectFrom('auditLog').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
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
  const prevHash = previous?.hash ?? null;
  const hash = contentHash({ prev: prevHash, row: hashedFields(row) });
  await trx
    .insertInto('auditLog')
    .values({ ...row, before: row.before === null ? null : JSON.stringify(row.before), after: row.after === null ? null : JSON.stringify(row.after), prevHash, hash })
    .execute();
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
