import { z } from 'zod';
import { AuditEntrySchema, type AuditEntry } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** The audit log, newest first, filtered by `search` (the query string of `AuditQuerySchema`). */
export async function getAuditLog(search: URLSearchParams, signal?: AbortSignal): Promise<AuditEntry[]> {
  const query = search.size ? `?${search}` : '';
  const { entries } = await apiGet(`/api/audit${query}`, z.object({ entries: z.array(AuditEntrySchema) }), { signal });
  return entries;
}

/** The CSV export of the same filtered log (a download, served as an attachment). */
export const auditExportUrl = (search: URLSearchParams): string => `/api/audit/export.csv${search.size ? `?${search}` : ''}`;
