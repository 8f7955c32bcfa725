import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getCycles } from '../../lib/get-cycles.ts';
import { publishCycle, type PublishedCycle } from '../../features/workbench/api/publish-cycle.ts';
import { refreshPublicResults } from '../../features/workbench/api/refresh-public-results.ts';
import { CyclesPage } from '../../features/workbench/components/cycles/cycles-page.tsx';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';

/** `/workbench/cycles`: cycles with their publications, and publishing. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  return { cycles: await loadOrThrow(request, () => getCycles(request.signal)) };
}

function CyclesRoute() {
  const { cycles } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  const [justPublished, setJustPublished] = useState<(PublishedCycle & { cycleId: string }) | null>(null);
  return (
    <>
      <PageTitle title={t('workbench.cycles.title')} />
      <CyclesPage
        cycles={cycles}
        justPublished={justPublished}
        onPublish={async (cycle, note, leaveOut) => {
          const published = await publishCycle(cycle.id, note, leaveOut);
          await Promise.all([revalidator.revalidate(), refreshPublicResults(cycle.year, published.publicationId)]);
          setJustPublished({ ...published, cycleId: cycle.id });
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}

export { CyclesRoute as Component };
