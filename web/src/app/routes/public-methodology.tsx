import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getMethodology } from '../../features/public-results/api/get-methodology.ts';
import { MethodologyView } from '../../features/public-results/components/methodology/methodology-view.tsx';
import { parseYear, rethrowAsNotFound } from '../../features/public-results/lib/parse-year.ts';
import { metaHandle, sectionMeta } from '../page-meta.ts';

/** `/cycles/:year/methodology`: how the results of a published cycle were computed. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const year = parseYear(params.year);
  try {
    return { data: await getMethodology(year, request.signal) };
  } catch (error) {
    rethrowAsNotFound(error, params.year);
  }
}

function MethodologyRoute() {
  const { data } = useLoaderData<typeof loader>();
  return <MethodologyView data={data} />;
}

export const handle = metaHandle<Awaited<ReturnType<typeof loader>>>((data, t) => sectionMeta('methodology', data.data.cycle, t));

export { MethodologyRoute as Component };
