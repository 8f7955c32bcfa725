import { stringify } from 'csv-stringify/sync';
import type { AuditEntry, AuditQuery } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { CURSOR_PARTS, decodeCursor, pageOf } from '../../http/cursor.ts';
import { findAuditRows } from './audit.repository.ts';

const CSV_COLUMNS = ['id', 'at', 'actorEmail', 'actorId', 'action', 'entityType', 'entityId', 'country', 'ip', 'before', 'after'];

/** Admins read the audit log filtered by user, country, action and date, and export it as CSV. */
export function createAuditQueryService({ db }: { db: Db }) {
  /** A page of the log: `q.limit` entries after the cursor `q.after`, and the cursor of the next page. */
  async function find(q: AuditQuery): Promise<{ entries: AuditEntry[]; next: string | null }> {
    const afterId = q.after === undefined ? undefined : Number(decodeCursor(q.after, [CURSOR_PARTS.integer])[0]);
    const found = await findAuditRows(db, { ...q, limit: q.limit + 1 }, afterId);
    const page = pageOf(found, q.limit, (r) => [String(r.id)]);
    const entries = page.rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorId: r.actorId,
      actorEmail: r.actorEmail,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      country: r.countryIso3,
      before: r.before,
      after: r.after,
      ip: r.ip,
    }));
    return { entries, next: page.next };
  }
  return {
    find,
    async csv(q: AuditQuery): Promise<string> {
      const { entries } = await find(q);
      return stringify(
        entries.map((e) => ({ ...e, before: e.before === null ? '' : JSON.stringify(e.before), after: e.after === null ? '' : JSON.stringify(e.after) })),
        // the byte-order mark makes spreadsheets read the file as UTF-8
        { header: true, columns: CSV_COLUMNS, bom: true },
      );
    },
  };
}
export type AuditQueryService = ReturnType<typeof createAuditQueryService>;
