import { useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getActionPlan, getCountryRequests, getPeerOffers } from '../../features/planner/api/action-plan.ts';
import { ActionPlanPage } from '../../features/planner/components/action-plan-page.tsx';

/** `/planner/:iso3`: a country's action plan (its focal points, and staff). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const iso3 = (params.iso3 ?? '').toUpperCase();
  try {
    const [plan, requests, offers] = await Promise.all([
      getActionPlan(iso3, request.signal),
      getCountryRequests(iso3, request.signal),
      getPeerOffers(iso3, request.signal),
    ]);
    return { role: session.user.role, plan, requests, offers };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function PlannerCountryRoute() {
  const { role, plan, requests, offers } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  return <ActionPlanPage key={plan.iso3} plan={plan} requests={requests} offers={offers} role={role} onChanged={() => revalidator.revalidate()} />;
}

export { PlannerCountryRoute as Component };
