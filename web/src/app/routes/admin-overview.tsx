import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import type { Role } from '@gci/shared';
import { AdminOverviewPage, type PeopleCounts } from '../../features/admin-overview/components/admin-overview-page.tsx';
import { listUsers } from '../../features/people-admin/api/list-users.ts';
import { getCycles } from '../../lib/get-cycles.ts';

const ROLES: Role[] = ['focal_point', 'reviewer', 'analyst', 'admin'];

/** How many accounts of each role, and how many invitations wait: the totals of one-row pages of the people list. */
async function countPeople(signal: AbortSignal): Promise<PeopleCounts> {
  const total = async (query: Parameters<typeof listUsers>[0]) => (await listUsers(query, signal)).total;
  const [counts, invited] = await Promise.all([
    Promise.all(ROLES.map((role) => total({ role, sort: 'name', page: 1, pageSize: 1 }))),
    total({ status: 'invited', sort: 'name', page: 1, pageSize: 1 }),
  ]);
  return { byRole: Object.fromEntries(ROLES.map((role, i) => [role, counts[i] ?? 0])) as Record<Role, number>, invited };
}

/** `/admin/overview`: where an administrator lands after signing in. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  try {
    const [cycles, people] = await Promise.all([getCycles(request.signal), countPeople(request.signal)]);
    return { forbidden: false as const, cycles, people };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminOverviewRoute() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('admin.overview.title')} message={t('cyclesAdmin.forbidden')} />;
  return <AdminOverviewPage cycles={loaded.cycles} people={loaded.people} />;
}

export { AdminOverviewRoute as Component };
