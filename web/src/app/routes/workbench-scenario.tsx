import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getCycles } from '../../features/workbench/api/get-cycles.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { getScenario } from '../../features/workbench/api/get-scenario.ts';
import { getWorkbenchData } from '../../features/workbench/api/get-workbench-data.ts';
import { saveScenario } from '../../features/workbench/api/save-scenario.ts';
import { WhatIfPage } from '../../features/workbench/components/what-if/what-if-page.tsx';
import { fromScenario, toScenarioBody } from '../../features/workbench/lib/scenario-overrides.ts';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';

/** `/workbench/scenarios/:scenarioId`: a saved scenario, shared by link, reopened with its overrides applied. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  return loadOrThrow(request, async () => {
    const scenario = await getScenario(params.scenarioId ?? '', request.signal);
    const [cycles, versions, data] = await Promise.all([
      getCycles(request.signal),
      getMethodologyVersions(request.signal),
      getWorkbenchData(scenario.cycleYear, scenario.methodologyVersionId, request.signal),
    ]);
    return { scenario, cycles, versions, data };
  });
}

function ScenarioRoute() {
  const { scenario, cycles, versions, data } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle title={scenario.name} />
      <WhatIfPage
        key={scenario.id}
        data={data}
        cycles={cycles}
        versions={versions}
        scenario={scenario}
        initial={fromScenario(scenario)}
        onPick={(year, version) => void navigate(`/workbench/what-if?year=${year}${version ? `&version=${version}` : ''}`)}
        onSave={async (name, note, overrides) => {
          const id = await saveScenario({ name, note, cycleYear: data.cycle.year, methodologyVersionId: data.versionId, overrides: toScenarioBody(overrides) });
          await navigate(`/workbench/scenarios/${id}`);
        }}
      />
    </>
  );
}

export { ScenarioRoute as Component };
