import { auditApi, type AuditLog, type ClientInput } from '@gci/shared';
import { callApi, hrefOf } from '../../../lib/api-client.ts';

type AuditQueryInput = ClientInput<typeof auditApi.list>['query'];
/** The query string (built and checked by `toAuditQuery`) as the route's query, in the same order. */
const queryOf = (search: URLSearchParams) => Object.fromEntries(search) as AuditQueryInput;

/** A page of the audit log, newest first, filtered by `search` (the query string of `AuditQuerySchema`); `after`: a previous page's `next`. */
export const getAuditLog = (search: URLSearchParams, signal?: AbortSignal, after?: string): Promise<AuditLog> =>
  callApi(auditApi.list, { query: after === undefined ? queryOf(search) : { ...queryOf(search), after } }, { signal });

/** The CSV export of the same filtered log (a download, served as an attachment). */
export const auditExportUrl = (search: URLSearchParams): string => hrefOf(auditApi.exportCsv, { query: queryOf(search) });
