import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { flattenTree, type LocalizedString, type Methodology } from '@gci/shared';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getMethodologyDiff } from '../../features/workbench/api/get-methodology-diff.ts';
import { getMethodologyVersion } from '../../features/workbench/api/get-methodology-version.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { DiffView } from '../../features/workbench/components/diff/diff-view.tsx';
import { VersionPairPicker } from '../../features/workbench/components/diff/version-pair-picker.tsx';
import { ANALYSTS, loadOrThrow, requireRole } from './workbench-session.ts';
import text from '../../features/workbench/components/common/text.module.css';

/** `/workbench/diff?from=&to=`: the structural diff of two versions. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  const url = new URL(request.url);
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  return loadOrThrow(request, async () => {
    const versions = await getMethodologyVersions(request.signal);
    if (!from || !to) return { versions, from, to, result: null };
    const [diff, a, b] = await Promise.all([
      getMethodologyDiff(from, to, request.signal),
      getMethodologyVersion(from, request.signal),
      getMethodologyVersion(to, request.signal),
    ]);
    return { versions, from, to, result: { diff, titles: titlesOf(a.methodology, b.methodology) } };
  });
}

/** Node titles of both versions (the newer wins), to name removed nodes too. */
function titlesOf(...versions: Methodology[]): Map<string, LocalizedString> {
  return new Map(versions.flatMap((m) => flattenTree(m).map((e) => [e.node.key, e.node.texts.title] as const)));
}

function DiffRoute() {
  const { versions, from, to, result } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="diff-title">
      <PageTitle title={t('workbench.diff.title')} />
      <h1 id="diff-title">{t('workbench.diff.title')}</h1>
      <p className={text.lead}>{t('workbench.diff.intro')}</p>
      <VersionPairPicker versions={versions} from={from} to={to} onPick={(a, b) => void navigate(`/workbench/diff?from=${a}&to=${b}`)} />
      {result && <DiffView diff={result.diff} titles={result.titles} />}
    </section>
  );
}

export { DiffRoute as Component };
