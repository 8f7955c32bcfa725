import { data, useLoaderData, useLocation, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router';
import { isApiError } from '../../lib/api-client.ts';
import { loginPath, requireSession, rethrowUnlessSignedOut, setSession, useAuth } from '../../features/auth/lib/session-store.ts';
import { getAssessment } from '../../features/questionnaire/api/get-assessment.ts';
import { getReturnDetails } from '../../features/questionnaire/api/get-return-details.ts';
import { QuestionnairePage } from '../../features/questionnaire/components/questionnaire-page.tsx';
import { currentLocale } from '../../i18n/use-locale.ts';

/** `/assessments/:assessmentId`: the questionnaire, in the reader's language. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const lang = currentLocale();
  try {
    const detail = await getAssessment(params.assessmentId ?? '', lang, request.signal);
    // A returned questionnaire shows why, in place: the reviewer's reason and the flagged questions.
    const returned = detail.assessment.status === 'returned' ? await getReturnDetails(detail.assessment.id, request.signal) : null;
    return { session, lang, detail, returned };
  } catch (error) {
    // Another country's assessment is a 404 too: nobody learns what exists.
    if (isApiError(error) && (error.status === 404 || error.field === 'params.assessmentId')) throw data(null, { status: 404 });
    rethrowUnlessSignedOut(error, request);
  }
}

// Moving between pillars only changes the query string: the page already holds the live answers.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;

function QuestionnaireRoute() {
  const { session, lang, detail, returned } = useLoaderData<typeof loader>();
  const auth = useAuth();
  const { pathname, search } = useLocation();
  // The CSRF token changes only at sign-in; prefer the live one.
  const csrfToken = auth.status === 'signed_in' ? auth.session.csrfToken : session.csrfToken;
  return (
    <QuestionnairePage
      key={detail.assessment.id}
      detail={detail}
      lang={lang}
      user={session.user}
      csrfToken={csrfToken}
      signInPath={loginPath(pathname + search)}
      onSignedOut={() => setSession(null)}
      returned={returned}
    />
  );
}

export { QuestionnaireRoute as Component };
