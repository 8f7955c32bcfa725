import { stringify } from 'csv-stringify/sync';
import type { AuditEntry, AuditQuery } from '@gci/shared';
import type { Db } from '../../db/database.ts';

/** Admins read the audit log filtered by user, country, action and date, and export it as CSV. */
export function createAuditQueryService({ db }: { db: Db }) {
  async function find(q: AuditQuery): Promise<AuditEntry[]> {
    let query = db.selectFrom('auditLog').selectAll();
    if (q.user) query = query.where('actorId', '=', q.user);
    if (q.country) query = query.where('countryIso3', '=', q.country);
    if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '\\$&')}%`);
    if (q.from) query = query.where('at', '>=', new Date(q.from));
    if (q.to) query = query.where('at', '<', new Date(q.to));
    const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map((r) => ({
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
  }
  return {
    find,
    async csv(q: AuditQuery): Promise<string> {
      const entries = await find(q);
      return stringify(
        entries.map((e) => ({ ...e, before: e.before === null ? '' : JSON.stringify(e.before), after: e.after === null ? '' : JSON.stringify(e.after) })),
        { header: true, columns: ['id', 'at', 'actorEmail', 'actorId', 'action', 'entityType', 'entityId', 'country', 'ip', 'before', 'after'], bom: true },
      );
    },
  };
}
export type AuditQueryService = ReturnType<typeof createAuditQueryService>;
