import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession } from '../../features/auth/lib/session-store.ts';
import { ImportResultsPage } from '../../features/imports-admin/components/import-results-page.tsx';

/** `/admin/imports`: a past edition's published results, from a spreadsheet (admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  return { forbidden: session.user.role !== 'admin' };
}

function AdminImportsRoute() {
  const { forbidden } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (forbidden) return <ErrorState title={t('importsAdmin.title')} message={t('importsAdmin.forbidden')} />;
  return <ImportResultsPage />;
}

export { AdminImportsRoute as Component };
