import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { createCycle } from '../../features/cycles-admin/api/create-cycle.ts';
import { getCycleSetup } from '../../features/cycles-admin/api/get-cycle-setup.ts';
import { CyclesAdminPage } from '../../features/cycles-admin/components/cycles-admin-page.tsx';
import { getCycles } from '../../lib/get-cycles.ts';

/** `/admin/cycles`: every cycle, and a new one (admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  try {
    const [cycles, setup] = await Promise.all([getCycles(request.signal), getCycleSetup(request.signal)]);
    return { forbidden: false as const, cycles, setup };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminCyclesRoute() {
  const loaded = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('cyclesAdmin.title')} message={t('cyclesAdmin.forbidden')} />;
  return (
    <CyclesAdminPage
      cycles={loaded.cycles}
      setup={loaded.setup}
      onCreate={createCycle}
      onCreated={(created) => void navigate(`/admin/cycles/${created.cycle.id}`)}
    />
  );
}

export { AdminCyclesRoute as Component };
