import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { getMethodologyVersion } from '../../features/workbench/api/get-methodology-version.ts';
import { MethodologyEditor } from '../../features/workbench/components/editor/methodology-editor.tsx';
import { VersionHeader } from '../../features/workbench/components/editor/version-header.tsx';
import { MethodologyOutline } from '../../features/workbench/components/versions/methodology-outline.tsx';
import { useFormatters } from '../../lib/use-formatters.ts';
import { ANALYSTS, CONSULTED, loadOrThrow, requireRole } from './workbench-session.ts';
import text from '../../features/workbench/components/common/text.module.css';

/** `/workbench/methodologies/:versionId`: the editor for analysts; focal points read the version and comment on it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, CONSULTED);
  const detail = await loadOrThrow(request, () => getMethodologyVersion(params.versionId ?? '', request.signal));
  return { detail, isAnalyst: ANALYSTS.includes(session.user.role) };
}

// The editor keeps its own copy of the version: revalidating after a save or a status move would only reset it.
export const shouldRevalidate = ({
  currentParams,
  nextParams,
}: {
  currentParams: Record<string, string | undefined>;
  nextParams: Record<string, string | undefined>;
}) => currentParams.versionId !== nextParams.versionId;

function MethodologyRoute() {
  const { detail, isAnalyst } = useLoaderData<typeof loader>();
  const format = useFormatters();
  const { t } = useTranslation();
  if (isAnalyst) {
    return (
      <>
        <PageTitle title={format.text(detail.version.name)} />
        <MethodologyEditor key={detail.version.id} detail={detail} />
      </>
    );
  }
  return (
    <>
      <PageTitle title={format.text(detail.version.name)} />
      <VersionHeader version={detail.version} isAnalyst={false} />
      {detail.version.status === 'consultation' && <p className={text.lead}>{t('workbench.consultation.focalIntro')}</p>}
      <MethodologyOutline
        methodology={detail.methodology}
        commentPath={detail.version.status === 'consultation' ? `/workbench/methodologies/${detail.version.id}/consultation` : null}
      />
    </>
  );
}

export { MethodologyRoute as Component };
