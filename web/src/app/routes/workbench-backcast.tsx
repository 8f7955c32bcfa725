import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { Button } from '../../components/button/index.tsx';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getBackcast } from '../../features/workbench/api/get-backcast.ts';
import { getCycles } from '../../lib/get-cycles.ts';
import { getMethodologyVersion } from '../../features/workbench/api/get-methodology-version.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { getWorkbenchData } from '../../features/workbench/api/get-workbench-data.ts';
import { BackcastResult } from '../../features/workbench/components/backcast/backcast-result.tsx';
import { DataPicker } from '../../features/workbench/components/common/data-picker.tsx';
import { pickYear } from '../../features/workbench/lib/default-cycle.ts';
import { useFormatters } from '../../lib/use-formatters.ts';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';
import text from '../../features/workbench/components/common/text.module.css';

/** `/workbench/backcast?year=&version=`: an earlier cycle's answers under a newer version. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  const url = new URL(request.url);
  const versionId = url.searchParams.get('version');
  return loadOrThrow(request, async () => {
    const [cycles, versions] = await Promise.all([getCycles(request.signal), getMethodologyVersions(request.signal)]);
    const year = pickYear(cycles, url.searchParams.get('year'));
    if (year === undefined || !versionId) return { cycles, versions, year: year ?? null, versionId, result: null };
    const [backcast, data, newer] = await Promise.all([
      getBackcast(year, versionId, request.signal),
      getWorkbenchData(year, undefined, request.signal),
      getMethodologyVersion(versionId, request.signal),
    ]);
    return { cycles, versions, year, versionId, result: { backcast, data, newer } };
  });
}

function BackcastRoute() {
  const { cycles, versions, year, versionId, result } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const format = useFormatters();
  const { t } = useTranslation();
  const pick = (y: number, v: string | null) => void navigate(`/workbench/backcast?year=${y}&version=${v ?? versionId ?? versions[0]?.id ?? ''}`);
  return (
    <section aria-labelledby="backcast-title">
      <PageTitle title={t('workbench.backcast.title')} />
      <h1 id="backcast-title">{t('workbench.backcast.title')}</h1>
      <p className={text.lead}>{t('workbench.backcast.intro')}</p>
      {year !== null && <DataPicker cycles={cycles} versions={versions} year={year} versionId={versionId ?? ''} onChange={pick} />}
      {!versionId && year !== null && (
        <p>
          <Button variant="primary" onClick={() => pick(year, versions[0]?.id ?? null)}>
            {t('workbench.backcast.run')}
          </Button>
        </p>
      )}
      {result && (
        <BackcastResult backcast={result.backcast} data={result.data} newer={result.newer.methodology} newerLabel={format.text(result.newer.version.name)} />
      )}
    </section>
  );
}

export { BackcastRoute as Component };
