import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getCycleResults } from '../../features/public-results/api/get-cycle-results.ts';
import { CompareView } from '../../features/public-results/components/compare/compare-view.tsx';
import { keepResultsOnFilter } from '../../features/public-results/lib/keep-results-on-filter.ts';
import { parseYear, rethrowAsNotFound } from '../../features/public-results/lib/parse-year.ts';
import { metaHandle, sectionMeta } from '../page-meta.ts';

/** `/cycles/:year/compare?countries=FRA,KEN`: up to four countries side by side. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const year = parseYear(params.year);
  try {
    return { results: await getCycleResults(year, request.signal) };
  } catch (error) {
    rethrowAsNotFound(error, params.year);
  }
}

// Choosing countries only changes the query string.
export const shouldRevalidate = keepResultsOnFilter;

function CompareRoute() {
  const { results } = useLoaderData<typeof loader>();
  return <CompareView results={results} />;
}

export const handle = metaHandle<Awaited<ReturnType<typeof loader>>>((data, t) => sectionMeta('compare', data.results.cycle, t));

export { CompareRoute as Component };
