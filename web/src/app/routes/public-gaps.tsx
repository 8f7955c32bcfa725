import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getCycleResults } from '../../features/public-results/api/get-cycle-results.ts';
import { getGapAnalysis } from '../../features/public-results/api/get-gap-analysis.ts';
import { GapAnalysisView } from '../../features/public-results/components/gaps/gap-analysis-view.tsx';
import { keepResultsOnFilter } from '../../features/public-results/lib/keep-results-on-filter.ts';
import { parseYear, rethrowAsNotFound } from '../../features/public-results/lib/parse-year.ts';
import { metaHandle, sectionMeta } from '../page-meta.ts';

/** `/cycles/:year/gaps`: the gap analysis of a published cycle (indicators × ITU regions). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const year = parseYear(params.year);
  try {
    const [data, results] = await Promise.all([getGapAnalysis(year, request.signal), getCycleResults(year, request.signal)]);
    return { data, results };
  } catch (error) {
    rethrowAsNotFound(error, params.year);
  }
}

// Opening a cell only changes the query string.
export const shouldRevalidate = keepResultsOnFilter;

function GapsRoute() {
  const { data, results } = useLoaderData<typeof loader>();
  return <GapAnalysisView data={data} results={results} />;
}

export const handle = metaHandle<Awaited<ReturnType<typeof loader>>>((data, t) => sectionMeta('gaps', data.data.cycle, t));

export { GapsRoute as Component };
