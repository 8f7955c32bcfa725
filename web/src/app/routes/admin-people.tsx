import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { PeoplePage } from '../../features/people-admin/components/people-page.tsx';
import { loadPeople } from '../../features/people-admin/lib/load-people.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { sortCountries } from '../../features/people-admin/lib/country-options.ts';

/** `/admin/people?search=&role=&country=&status=&lastSignIn=&sort=&page=&pageSize=`: every account (admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  try {
    return { forbidden: false as const, ...(await loadPeople(session, request)) };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminPeopleRoute() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  if (loaded.forbidden) return <ErrorState title={t('people.title')} message={t('people.forbidden')} />;
  return <PeoplePage mode="admin" list={loaded.list} filters={loaded.filters} countries={sortCountries(loaded.countries, locale)} self={loaded.self} />;
}

export { AdminPeopleRoute as Component };
