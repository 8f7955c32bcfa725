import { data, redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../lib/api-client.ts';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { TeamReviewPage } from '../../features/review/components/team-review-page.tsx';
import { loadTeamReviewData } from '../../features/review/lib/load-review-data.ts';
import { useLoaderRefresh } from '../../features/review/lib/use-loader-refresh.ts';
import { currentLocale } from '../../i18n/use-locale.ts';

/** `/assessments/:assessmentId/review`: the country team's side of the review; staff go to theirs. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const id = params.assessmentId ?? '';
  if (session.user.role !== 'focal_point') throw redirect(`/review/${encodeURIComponent(id)}`);
  const lang = currentLocale();
  try {
    return { user: session.user, lang, data: await loadTeamReviewData(id, lang, request.signal) };
  } catch (error) {
    // Another country's assessment is a 404 too: nobody learns what exists.
    if (isApiError(error) && (error.status === 404 || error.field === 'params.assessmentId')) throw data(null, { status: 404 });
    rethrowUnlessSignedOut(error, request);
  }
}

function TeamReviewRoute() {
  const { user, lang, data: review } = useLoaderData<typeof loader>();
  const refresh = useLoaderRefresh(lang);
  return <TeamReviewPage key={review.detail.assessment.id} data={review} user={user} refresh={refresh} />;
}

export { TeamReviewRoute as Component };
