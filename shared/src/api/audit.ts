import { z } from 'zod';
import { AuditEntrySchema, AuditQuerySchema } from '../schemas/review.ts';
import { defineRoute, text, type AnyRoute } from './route.ts';

export const AuditLogSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditLog = z.infer<typeof AuditLogSchema>;

/** The routes of this room, declared with `defineRoute` (see route.ts). */
export const auditApi = {
  list: defineRoute({
    id: 'listAuditEntries',
    method: 'GET',
    path: '/api/audit',
    tag: 'audit',
    access: ['admin'],
    summary: 'The audit log, newest first, filtered by user, country, action prefix and time',
    query: AuditQuerySchema,
    responses: { 200: AuditLogSchema },
  }),
  exportCsv: defineRoute({
    id: 'exportAuditLog',
    method: 'GET',
    path: '/api/audit/export.csv',
    tag: 'audit',
    access: ['admin'],
    summary: 'The filtered audit log as CSV (an attachment); errors are JSON',
    query: AuditQuerySchema,
    responses: { 200: text('text/csv', 'The entries, one a row, with a header row (UTF-8 with a byte-order mark, for spreadsheets)') },
  }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const auditComponents: Readonly<Record<string, z.ZodType>> = {};
