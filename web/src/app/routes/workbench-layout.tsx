import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Outlet, useLoaderData, useRouteError, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { WorkbenchNav } from '../../features/workbench/components/common/workbench-nav.tsx';
import { RouteError } from '../route-error.tsx';
import { CONSULTED, requireRole } from './workbench-session.ts';

/** `/workbench/*`: the analyst workbench (focal points: the consultation only), loaded only when opened. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, CONSULTED);
  return { role: session.user.role };
}

function WorkbenchLayout() {
  const { role } = useLoaderData<typeof loader>();
  return (
    <>
      <WorkbenchNav isAnalyst={role === 'analyst' || role === 'admin'} />
      <Outlet />
    </>
  );
}

/** A role without access sees why; other failures get the app's usual page. */
function WorkbenchError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 403) return <ErrorState title={t('workbench.forbiddenTitle')} message={t('workbench.forbidden')} />;
  return <RouteError />;
}

export { WorkbenchLayout as Component, WorkbenchError as ErrorBoundary };
