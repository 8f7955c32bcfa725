import { useTranslation } from 'react-i18next';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { createDraft } from '../../features/workbench/api/create-draft.ts';
import { getMethodologyVersions } from '../../features/workbench/api/get-methodology-versions.ts';
import { importMethodologySheet } from '../../features/workbench/api/methodology-sheet.ts';
import { CreateDraftForm } from '../../features/workbench/components/versions/create-draft-form.tsx';
import { ImportSheetForm } from '../../features/workbench/components/versions/import-sheet-form.tsx';
import { VersionsTable } from '../../features/workbench/components/versions/versions-table.tsx';
import { ANALYSTS, CONSULTED, loadOrThrow, requireRole } from './workbench-session.ts';
import text from '../../features/workbench/components/common/text.module.css';

/** `/workbench/methodologies`: every version and its status; analysts clone one into a draft, or start the first from a template. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireRole(request, CONSULTED);
  const versions = await loadOrThrow(request, () => getMethodologyVersions(request.signal));
  return { versions, isAnalyst: ANALYSTS.includes(session.user.role) };
}

function MethodologiesRoute() {
  const { versions, isAnalyst } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="versions-title">
      <PageTitle title={t('workbench.versions.title')} />
      <h1 id="versions-title">{t('workbench.versions.title')}</h1>
      <p className={text.lead}>{isAnalyst ? t('workbench.versions.intro') : t('workbench.versions.introFocal')}</p>
      <VersionsTable versions={versions} isAnalyst={isAnalyst} />
      {isAnalyst && (
        <CreateDraftForm
          versions={versions}
          onCreate={async (input) => {
            const id = await createDraft(input);
            await navigate(`/workbench/methodologies/${id}`);
          }}
        />
      )}
      {isAnalyst && <ImportSheetForm onImport={async (file, key) => navigate(`/workbench/methodologies/${await importMethodologySheet(file, key)}`)} />}
    </section>
  );
}

export { MethodologiesRoute as Component };
