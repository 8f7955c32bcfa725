import { data, redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../lib/api-client.ts';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { ReviewPage } from '../../features/review/components/review-page.tsx';
import { loadReviewData } from '../../features/review/lib/load-review-data.ts';
import { keepDataOnSearchChange, useLoaderRefresh } from '../../features/review/lib/use-loader-refresh.ts';
import { currentLocale } from '../../i18n/use-locale.ts';

/** `/review/:assessmentId`: one assessment under review (staff); the country team goes to its own page. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const id = params.assessmentId ?? '';
  if (session.user.role === 'focal_point') throw redirect(`/assessments/${encodeURIComponent(id)}/review`);
  const lang = currentLocale();
  try {
    return { user: session.user, lang, data: await loadReviewData(id, lang, request.signal) };
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.field === 'params.assessmentId')) throw data(null, { status: 404 });
    rethrowUnlessSignedOut(error, request);
  }
}

export const shouldRevalidate = keepDataOnSearchChange;

function ReviewAssessmentRoute() {
  const { user, lang, data: review } = useLoaderData<typeof loader>();
  const refresh = useLoaderRefresh(lang);
  return <ReviewPage key={review.detail.assessment.id} data={review} user={user} refresh={refresh} />;
}

export { ReviewAssessmentRoute as Component };
