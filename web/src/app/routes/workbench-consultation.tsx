import { useLoaderData, useRevalidator, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title/index.tsx';
import { addConsultationComment } from '../../features/workbench/api/add-consultation-comment.ts';
import { getConsultation } from '../../features/workbench/api/get-consultation.ts';
import { getMethodologyVersion } from '../../features/workbench/api/get-methodology-version.ts';
import { respondToComment } from '../../features/workbench/api/respond-to-comment.ts';
import { ConsultationPage } from '../../features/workbench/components/consultation/consultation-page.tsx';
import { ANALYSTS, CONSULTED, loadOrThrow, requireRole } from './workbench-session.ts';

/** `/workbench/methodologies/:versionId/consultation`: the comments on a version and the analysts' answers. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireRole(request, CONSULTED);
  const id = params.versionId ?? '';
  return loadOrThrow(request, async () => {
    const [detail, comments] = await Promise.all([getMethodologyVersion(id, request.signal), getConsultation(id, request.signal)]);
    return { detail, comments, isAnalyst: ANALYSTS.includes(session.user.role) };
  });
}

function ConsultationRoute() {
  const { detail, comments, isAnalyst } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('workbench.consultation.title')} />
      <ConsultationPage
        detail={detail}
        comments={comments}
        isAnalyst={isAnalyst}
        initialNode={searchParams.get('node')}
        onComment={async (nodeKey, body) => {
          await addConsultationComment(detail.version.id, { nodeKey, body });
          await revalidator.revalidate();
        }}
        onRespond={async (id, status, response) => {
          await respondToComment(id, { status, response });
          await revalidator.revalidate();
        }}
      />
    </>
  );
}

export { ConsultationRoute as Component };
