import { useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getProgrammes } from '../../features/planner/api/catalogue.ts';
import { ProgrammesAdmin } from '../../features/planner/components/programmes-admin.tsx';

/** `/admin/programmes`: the capacity-building catalogue (administrators). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  try {
    return { forbidden: false as const, programmes: await getProgrammes(request.signal) };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminProgrammesRoute() {
  const loaded = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('planner.catalogue.title')} message={t('planner.forbidden')} />;
  return <ProgrammesAdmin programmes={loaded.programmes} onChanged={() => revalidator.revalidate()} />;
}

export { AdminProgrammesRoute as Component };
