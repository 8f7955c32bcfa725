import { z } from 'zod';
import { NextCursorSchema } from '../schemas/paging.ts';
import { AuditEntrySchema, AuditQuerySchema } from '../schemas/review.ts';
import { routeGroup, type RouteDocs, text, type AnyRoute } from './route.ts';

export const AuditLogSchema = z.object({
  entries: z.array(AuditEntrySchema),
  /** the cursor of the next page (`?after=`), null on the last */
  next: NextCursorSchema,
});
export type AuditLog = z.infer<typeof AuditLogSchema>;

const docs = {
  listAuditEntries: { summary: 'The audit log, newest first, filtered by user, country, action prefix and time; a page at a time (`next` → `?after=`)' },
  exportAuditLog: { summary: 'The filtered audit log as CSV (an attachment); errors are JSON' },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'audit', access: ['admin'], docs });

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const auditApi = {
  list: route.get('/api/audit', { id: 'listAuditEntries', query: AuditQuerySchema, responses: { 200: AuditLogSchema } }),
  exportCsv: route.get('/api/audit/export.csv', {
    id: 'exportAuditLog',
    query: AuditQuerySchema,
    responses: { 200: text('text/csv', 'The entries, one a row, with a header row (UTF-8 with a byte-order mark, for spreadsheets)') },
  }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const auditComponents: Readonly<Record<string, z.ZodType>> = {};
