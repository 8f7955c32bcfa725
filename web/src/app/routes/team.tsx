import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { PeoplePage } from '../../features/people-admin/components/people-page.tsx';
import { loadPeople } from '../../features/people-admin/lib/load-people.ts';

/** `/team?search=&status=&lastSignIn=&sort=&page=&pageSize=`: a lead focal point's country team, and inviting colleagues to it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const { role, lead, country } = session.user;
  if (role !== 'focal_point' || !lead || !country) return { forbidden: true as const };
  try {
    return { forbidden: false as const, ...(await loadPeople(session, request)) };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function TeamRoute() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('people.team.title')} message={t('people.team.forbidden')} />;
  return <PeoplePage mode="team" list={loaded.list} filters={loaded.filters} countries={loaded.countries} self={loaded.self} />;
}

export { TeamRoute as Component };
