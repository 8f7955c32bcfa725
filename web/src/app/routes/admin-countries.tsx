import { useTranslation } from 'react-i18next';
import { useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { ErrorState } from '../../components/error-state/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getCountries } from '../../features/countries-admin/api/get-countries.ts';
import { CountriesPage } from '../../features/countries-admin/components/countries-page.tsx';

/** `/admin/countries`: the participating states, their names in the six languages and their regions (admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role !== 'admin') return { forbidden: true as const };
  try {
    return { forbidden: false as const, countries: await getCountries(request.signal) };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AdminCountriesRoute() {
  const loaded = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (loaded.forbidden) return <ErrorState title={t('countriesAdmin.title')} message={t('countriesAdmin.forbidden')} />;
  return <CountriesPage countries={loaded.countries} onChanged={() => revalidator.revalidate()} />;
}

export { AdminCountriesRoute as Component };
