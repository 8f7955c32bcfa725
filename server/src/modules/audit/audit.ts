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

/** The chain an event is linked in: its country's, or the platform's for events of no country. */
export const auditChainOf = (country: string | null | undefined): string => country ?? 'platform';

/**
 * Appends one audit row in the caller's transaction (so it commits or rolls back with the change
 * it describes). Each row's hash covers the previous row's hash in its chain (one per country):
 * an edit made around the application breaks the chain, and `verifyAuditChain` finds it.
 */
export async function recordAudit(trx: DbOrTrx, event: AuditEvent, at: Date): Promise<void> {
  // The chain's lock lasts until commit: outside a transaction it would be gone before the insert.
  if (!trx.isTransaction) return trx.transaction().execute((t) => recordAudit(t, event, at));
  await auditInsert(trx, event, at, await lockAuditChain(trx as Transaction<Database>, event)).execute();
}

/**
 * Takes the lock of the event's chain until the transaction ends, so two writers never link to the
 * same row, and returns the chain's last hash (read by a definer function: the application role may
 * not read other countries' rows). Pass the event `auditInsert` will write, so both name one chain.
 * Take it last, just before the insert: it serialises the country's writers (the platform's, for
 * events of no country).
 */
export async function lockAuditChain(trx: Transaction<Database>, event: Pick<AuditEvent, 'country'>): Promise<string | null> {
  const { rows } = await sql<{ hash: string | null }>`select audit_chain_lock(${auditChainOf(event.country)}) as hash`.execute(trx);
  return rows[0]?.hash ?? null;
}

/** The insert of one audit row linked to `prevHash` (from `lockAuditChain` of the event's country), to execute alone or with other writes. */
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
    .values({ ...row, before: row.before === null ? null : JSON.stringify(row.before), after: row.after === null ? null : JSON.stringify(row.after), chain: auditChainOf(event.country), prevHash, hash });
}

/**
 * Re-computes every chain; returns the id of the first row (in id order) that does not match its
 * chain's previous row, or null when all are intact. Within a chain ids follow the links: a writer
 * holds the chain's lock until its commit, so the next writer's row is inserted after it.
 */
export async function verifyAuditChain(db: DbOrTrx): Promise<{ rows: number; brokenAt: number | null }> {
  const rows = await db.selectFrom('auditLog').selectAll().orderBy('id').execute();
  const tails = new Map<string, string>();
  for (const row of rows) {
    const prev = tails.get(row.chain) ?? null;
    const expected = contentHash({ prev, row: hashedFields({ ...row, at: new Date(row.at) }) });
    if (row.prevHash !== prev || row.hash !== expected) return { rows: rows.length, brokenAt: row.id };
    tails.set(row.chain, row.hash);
  }
  return { rows: rows.length, brokenAt: null };
}
