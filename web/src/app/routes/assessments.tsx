import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getMyAssessments } from '../../features/questionnaire/api/get-my-assessments.ts';
import { AssessmentsList } from '../../features/questionnaire/components/assessments-list.tsx';

/** `/assessments`: the questionnaires the signed-in user may open. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  try {
    return { assessments: await getMyAssessments(request.signal) };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function AssessmentsRoute() {
  const { assessments } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="assessments" aria-labelledby="assessments-title">
      <PageTitle title={t('assessments.title')} />
      <h1 id="assessments-title">{t('assessments.title')}</h1>
      <p className="lead">{t('assessments.intro')}</p>
      <AssessmentsList assessments={assessments} />
    </section>
  );
}

export { AssessmentsRoute as Component };
