import { sql, type Insertable, type Transaction } from 'kysely';
import type { AuditQuery } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import type { AuditLogTable, Database } from '../../db/tables.ts';

/** An audit row's own columns: what it records, before it is linked in its chain. */
export type AuditRowContent = Omit<Insertable<AuditLogTable>, 'id' | 'chain' | 'prevHash' | 'hash'> & { at: Date };

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * The insert of one audit row linked to the tail of its chain, taking the chain's lock (see
 * `linkedAuditInsert`). The hash is sha256 of `{"prev":<tail or null>` followed by `rowPart`,
 * the canonical JSON of the row's hashed fields that the caller prepared.
 */
export function insertLinkedAuditRow(trx: Transaction<Database>, row: AuditRowContent, chain: string, rowPart: string) {
  // insert … select from `link`, not values: the chain's lock is then taken before the row gets its
  // id, so ids follow the links (with values, the id could be drawn first and end up out of order)
  return trx
    .with('link', (db) => db.selectNoFrom(sql<string | null>`audit_chain_lock(${chain})`.as('tail')))
    .insertInto('auditLog')
    .columns(['at', 'actorId', 'actorEmail', 'action', 'entityType', 'entityId', 'countryIso3', 'before', 'after', 'ip', 'chain', 'prevHash', 'hash'])
    .expression(
      sql`select ${row.at}::timestamptz, ${row.actorId}::uuid, ${row.actorEmail}::text, ${row.action}::text, ${row.entityType}::text, ${row.entityId}::text,
        ${row.countryIso3}::char(3), ${json(row.before)}::jsonb, ${json(row.after)}::jsonb, ${row.ip}::text, ${chain}::text, link.tail,
        encode(sha256(convert_to('{"prev":' || coalesce('"' || link.tail || '"', 'null') || ${rowPart}::text, 'UTF8')), 'hex')
      from link`,
    );
}

/** Every audit row, in id order (for verifying the chains). */
export const listAuditRowsInOrder = (db: Executor) => db.selectFrom('auditLog').selectAll().orderBy('id').execute();

/**
 * Audit rows matching the filters, newest first (by id, which follows the chain's order), at most
 * `limit`, after the row `afterId` when given; `action` matches the start of the action's name.
 */
export function findAuditRows(db: Executor, q: Omit<AuditQuery, 'after'>, afterId?: number) {
  let query = db.selectFrom('auditLog').selectAll();
  if (q.user) query = query.where('actorId', '=', q.user);
  if (q.country) query = query.where('countryIso3', '=', q.country);
  if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', new Date(q.to));
  if (afterId !== undefined) query = query.where('id', '<', afterId);
  return query.orderBy('id', 'desc').limit(q.limit).execute();
}
