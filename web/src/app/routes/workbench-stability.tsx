import { useTranslation } from 'react-i18next';
import { data, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getCycles } from '../../features/workbench/api/get-cycles.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { getScenarios } from '../../features/workbench/api/get-scenarios.ts';
import { getWorkbenchData } from '../../features/workbench/api/get-workbench-data.ts';
import { StabilityPage } from '../../features/workbench/components/stability/stability-page.tsx';
import { pickYear } from '../../features/workbench/lib/default-cycle.ts';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';

/** `/workbench/stability?year=&version=`: how sure each country's tier is when the weights vary. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  const url = new URL(request.url);
  return loadOrThrow(request, async () => {
    const [cycles, versions, scenarios] = await Promise.all([getCycles(request.signal), getMethodologyVersions(request.signal), getScenarios(request.signal)]);
    const year = pickYear(cycles, url.searchParams.get('year'));
    if (year === undefined) throw data(null, { status: 404 });
    return { cycles, versions, scenarios, data: await getWorkbenchData(year, url.searchParams.get('version') ?? undefined, request.signal) };
  });
}

function StabilityRoute() {
  const { cycles, versions, scenarios, data: workbench } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('workbench.stability.title')} />
      <StabilityPage
        key={`${workbench.cycle.id}:${workbench.versionId}`}
        data={workbench}
        cycles={cycles}
        versions={versions}
        scenarios={scenarios}
        onPick={(year, version) => void navigate(`/workbench/stability?year=${year}${version ? `&version=${version}` : ''}`)}
      />
    </>
  );
}

export { StabilityRoute as Component };
