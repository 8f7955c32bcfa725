import { useTranslation } from 'react-i18next';
import { data, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { localize, type MethodologyVersionSummary } from '@gci/shared';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getCycles } from '../../lib/get-cycles.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { getScenario } from '../../features/workbench/api/get-scenario.ts';
import { getScenarios } from '../../features/workbench/api/get-scenarios.ts';
import { getWorkbenchData } from '../../features/workbench/api/get-workbench-data.ts';
import { CompareResult, type ScoredSide } from '../../features/workbench/components/compare/compare-result.tsx';
import { SidesPicker } from '../../features/workbench/components/compare/sides-picker.tsx';
import { parseSide, type Side } from '../../features/workbench/lib/compare-sides.ts';
import { pickYear } from '../../features/workbench/lib/default-cycle.ts';
import { fromScenario, NO_OVERRIDES } from '../../features/workbench/lib/scenario-overrides.ts';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';
import text from '../../features/workbench/components/common/text.module.css';

/** `/workbench/compare?year=&a=version:<id>&b=scenario:<id>`: two scorings of a cycle side by side. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  const url = new URL(request.url);
  const a = parseSide(url.searchParams.get('a'));
  const b = parseSide(url.searchParams.get('b'));
  return loadOrThrow(request, async () => {
    const [cycles, versions, scenarios] = await Promise.all([getCycles(request.signal), getMethodologyVersions(request.signal), getScenarios(request.signal)]);
    const year = pickYear(cycles, url.searchParams.get('year'));
    if (year === undefined) throw data(null, { status: 404 });
    const resolve = (side: Side) => resolveSide(side, year, versions, request.signal);
    const sides = a && b ? await Promise.all([resolve(a), resolve(b)]) : null;
    return { cycles, versions, scenarios, year, a, b, sides };
  });
}

/** A side's answers, version and overrides; a scenario is applied to the chosen cycle's answers. */
async function resolveSide(side: Side, year: number, versions: MethodologyVersionSummary[], signal: AbortSignal): Promise<ScoredSide> {
  if (side.kind === 'version') {
    const version = versions.find((v) => v.id === side.id);
    return { label: version ? localize(version.name, 'en') : side.id, data: await getWorkbenchData(year, side.id, signal), overrides: NO_OVERRIDES };
  }
  const scenario = await getScenario(side.id, signal);
  return { label: scenario.name, data: await getWorkbenchData(year, scenario.methodologyVersionId, signal), overrides: fromScenario(scenario) };
}

function CompareRoute() {
  const { cycles, versions, scenarios, year, a, b, sides } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="compare-title">
      <PageTitle title={t('workbench.compare.title')} />
      <h1 id="compare-title">{t('workbench.compare.title')}</h1>
      <p className={text.lead}>{t('workbench.compare.intro')}</p>
      <SidesPicker
        cycles={cycles}
        versions={versions}
        scenarios={scenarios}
        year={year}
        a={a}
        b={b}
        onPick={(y, sa, sb) => void navigate(`/workbench/compare?year=${y}&a=${sa}&b=${sb}`)}
      />
      {sides && <CompareResult a={sides[0]} b={sides[1]} />}
    </section>
  );
}

export { CompareRoute as Component };
