import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../lib/api-client.ts';
import { getCycleResults } from '../../features/public-results/api/get-cycle-results.ts';
import { getPublishedCycles } from '../../features/public-results/api/get-published-cycles.ts';
import { keepResultsOnFilter } from '../../features/public-results/lib/keep-results-on-filter.ts';
import { CycleResultsView } from '../../features/public-results/components/cycle-results-view.tsx';
import { metaHandle, resultsMeta } from '../page-meta.ts';

/** `/cycles/:year`: the results of one published cycle. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const year = Number(params.year);
  if (!Number.isInteger(year)) throw data(null, { status: 404 });
  try {
    const [cycles, results] = await Promise.all([getPublishedCycles(request.signal), getCycleResults(year, request.signal)]);
    return { cycles, results };
  } catch (error) {
    // A year the API rejects as out of range has no results either: a 404 for the reader.
    const isMissing = isApiError(error) && (error.status === 404 || error.field === 'params.year');
    if (isMissing) throw data({ year: params.year }, { status: 404 });
    throw error;
  }
}

export const shouldRevalidate = keepResultsOnFilter;

function CycleResultsRoute() {
  const { cycles, results } = useLoaderData<typeof loader>();
  return <CycleResultsView cycles={cycles} results={results} />;
}

export const handle = metaHandle<Awaited<ReturnType<typeof loader>>>((data, t) => resultsMeta(data.results.cycle, t));

export { CycleResultsRoute as Component };
