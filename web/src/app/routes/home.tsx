import { useTranslation } from 'react-i18next';
import { useLoaderData } from 'react-router';
import { getCycleResults } from '../../features/public-results/api/get-cycle-results.ts';
import { getPublishedCycles } from '../../features/public-results/api/get-published-cycles.ts';
import { keepResultsOnFilter } from '../../features/public-results/lib/keep-results-on-filter.ts';
import { EmptyState } from '../../components/empty-state/index.tsx';
import { PageTitle } from '../../components/page-title/index.tsx';
import { CycleResultsView } from '../../features/public-results/components/cycle-results-view.tsx';
import { metaHandle, resultsMeta } from '../page-meta.ts';

/** `/`: the newest published cycle. */
export async function loader({ request }: { request: Request }) {
  const cycles = await getPublishedCycles(request.signal);
  const newest = cycles[0];
  return { cycles, results: newest ? await getCycleResults(newest.year, request.signal) : null };
}

export const shouldRevalidate = keepResultsOnFilter;

function HomeRoute() {
  const { cycles, results } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!results) {
    return (
      <>
        <PageTitle title={t('nav.results')} />
        <EmptyState title={t('nav.results')} level={1}>
          {t('errors.noCycles')}
        </EmptyState>
      </>
    );
  }
  return <CycleResultsView cycles={cycles} results={results} />;
}

/** Titled after the newest cycle; with none published, the site's name says enough. */
export const handle = metaHandle<Awaited<ReturnType<typeof loader>>>((data, t) =>
  data.results ? resultsMeta(data.results.cycle, t) : { title: t('app.name'), description: t('meta.siteDescription') },
);

export { HomeRoute as Component };
