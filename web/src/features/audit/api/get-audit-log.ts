import { auditApi, type AuditEntry, type ClientInput } from '@gci/shared';
import { callApi, hrefOf } from '../../../lib/api-client.ts';

type AuditQueryInput = ClientInput<typeof auditApi.list>['query'];
/** The query string (built and checked by `toAuditQuery`) as the route's query, in the same order. */
const queryOf = (search: URLSearchParams) => Object.fromEntries(search) as AuditQueryInput;

/** The audit log, newest first, filtered by `search` (the query string of `AuditQuerySchema`). */
export async function getAuditLog(search: URLSearchParams, signal?: AbortSignal): Promise<AuditEntry[]> {
  const { entries } = await callApi(auditApi.list, { query: queryOf(search) }, { signal });
  return entries;
}

/** The CSV export of the same filtered log (a download, served as an attachment). */
export const auditExportUrl = (search: URLSearchParams): string => hrefOf(auditApi.exportCsv, { query: queryOf(search) });
