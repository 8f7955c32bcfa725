import { data, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getCycles } from '../../lib/get-cycles.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { getWorkbenchData } from '../../features/workbench/api/get-workbench-data.ts';
import { saveScenario } from '../../features/workbench/api/save-scenario.ts';
import { WhatIfPage } from '../../features/workbench/components/what-if/what-if-page.tsx';
import { pickYear } from '../../features/workbench/lib/default-cycle.ts';
import { toScenarioBody } from '../../features/workbench/lib/scenario-overrides.ts';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';

/** `/workbench/what-if?year=&version=`: a cycle's answers under a version, rescored live. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  const url = new URL(request.url);
  return loadOrThrow(request, async () => {
    const [cycles, versions] = await Promise.all([getCycles(request.signal), getMethodologyVersions(request.signal)]);
    const year = pickYear(cycles, url.searchParams.get('year'));
    if (year === undefined) throw data(null, { status: 404 });
    const workbench = await getWorkbenchData(year, url.searchParams.get('version') ?? undefined, request.signal);
    return { cycles, versions, data: workbench };
  });
}

function WhatIfRoute() {
  const { cycles, versions, data: workbench } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('workbench.whatIf.title')} />
      <WhatIfPage
        key={`${workbench.cycle.id}:${workbench.versionId}`}
        data={workbench}
        cycles={cycles}
        versions={versions}
        onPick={(year, version) => void navigate(`/workbench/what-if?year=${year}${version ? `&version=${version}` : ''}`)}
        onSave={async (name, note, overrides) => {
          const id = await saveScenario({
            name,
            note,
            cycleYear: workbench.cycle.year,
            methodologyVersionId: workbench.versionId,
            overrides: toScenarioBody(overrides),
          });
          await navigate(`/workbench/scenarios/${id}`);
        }}
      />
    </>
  );
}

export { WhatIfRoute as Component };
