import { redirect, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getAllRequests, getDemand } from '../../features/planner/api/demand.ts';
import { DemandPage } from '../../features/planner/components/demand-page.tsx';

/** `/planner`: a focal point's own country's plan; for analysts and admins, the demand heatmap and every request. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const { role, country } = session.user;
  if (role === 'focal_point' && country) return redirect(`/planner/${country}`);
  if (role !== 'admin' && role !== 'analyst') return { forbidden: true as const };
  try {
    const [demand, requests] = await Promise.all([getDemand(request.signal), getAllRequests(request.signal)]);
    return { forbidden: false as const, role, demand, requests };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function PlannerRoute() {
  const loaded = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('planner.demand.title')} message={t('planner.forbidden')} />;
  return <DemandPage demand={loaded.demand} requests={loaded.requests} role={loaded.role} onChanged={() => revalidator.revalidate()} />;
}

export { PlannerRoute as Component };
