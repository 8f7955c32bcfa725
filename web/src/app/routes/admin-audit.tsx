import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getAuditLog } from '../../features/audit/api/get-audit-log.ts';
import { getUsers } from '../../features/audit/api/get-users.ts';
import { AuditPage } from '../../features/audit/components/audit-page.tsx';
import { readAuditFilters, toAuditQuery } from '../../features/audit/lib/audit-filters.ts';

/** `/admin/audit?user=&country=&action=&from=&to=`: the audit log (admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  const filters = readAuditFilters(new URL(request.url).searchParams);
  const query = toAuditQuery(filters);
  try {
    const [users, log] = await Promise.all([
      getUsers(request.signal),
      query.ok ? getAuditLog(query.search, request.signal) : Promise.resolve({ entries: [], next: null }),
    ]);
    return { forbidden: false as const, users, log, filters, search: query.ok ? query.search.toString() : null };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminAuditRoute() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('audit.title')} message={t('audit.forbidden')} />;
  const { users, log, filters, search } = loaded;
  return <AuditPage log={log} users={users} filters={filters} search={search === null ? null : new URLSearchParams(search)} />;
}

export { AdminAuditRoute as Component };
