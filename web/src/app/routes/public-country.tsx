import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getCountryProfile } from '../../features/public-results/api/get-country-profile.ts';
import { CountryProfileView } from '../../features/public-results/components/profile/country-profile-view.tsx';
import { parseYear, rethrowAsNotFound } from '../../features/public-results/lib/parse-year.ts';
import { PracticeExamples } from '../../features/practice/components/practice-examples.tsx';
import { countryMeta, metaHandle } from '../page-meta.ts';

/** `/cycles/:year/countries/:iso3`: one country's profile in a published cycle. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const year = parseYear(params.year);
  try {
    return { profile: await getCountryProfile(year, params.iso3 ?? '', request.signal) };
  } catch (error) {
    // the year or the country may be the missing part: a plain "page not found"
    rethrowAsNotFound(error, undefined);
  }
}

function CountryRoute() {
  const { profile } = useLoaderData<typeof loader>();
  const key = `${profile.cycle.year}-${profile.country.iso3}`;
  return (
    <>
      <CountryProfileView key={key} profile={profile} />
      <PracticeExamples key={`practice-${key}`} year={profile.cycle.year} iso3={profile.country.iso3} region={profile.country.region} areas={profile.growth} />
    </>
  );
}

// A shared link previews the country, its tier and its score.
export const handle = metaHandle<Awaited<ReturnType<typeof loader>>>((data, t, locale) => countryMeta(data.profile, t, locale));

export { CountryRoute as Component };
