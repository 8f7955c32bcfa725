import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type SessionUser } from '@gci/shared';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { TeamReviewData } from '../lib/load-review-data.ts';
import { ReviewContext } from '../lib/review-context.ts';
import { useReviewContextValue } from '../lib/use-review-context.ts';
import { useScrollToHash } from '../lib/use-scroll-to-hash.ts';
import { AssessmentDiscussion } from './assessment-discussion.tsx';
import { ProvisionalResult } from './provisional-result.tsx';
import { ReviewHeader } from './review-header.tsx';
import { TeamQuestions } from './team-questions.tsx';
import { TeamStatus } from './team-status.tsx';
import { ValidationDecision } from './validation-decision.tsx';

// While the return is being worked on and checked, the questions it named stay highlighted.
const SHOW_FLAGS = new Set(['returned', 'resubmitted', 'in_review']);

/** `/assessments/:assessmentId/review`: the country team's side of the review. */
export function TeamReviewPage({ data, user, refresh }: { data: TeamReviewData; user: SessionUser; refresh: () => Promise<void> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { detail, threads, revisionRequest, result } = data;
  const context = useReviewContextValue(detail, threads, user, locale, refresh);
  const { assessment } = detail;
  const flagged = useMemo(
    () => new Set(revisionRequest && SHOW_FLAGS.has(assessment.status) ? revisionRequest.questionKeys : []),
    [revisionRequest, assessment.status],
  );
  useScrollToHash(`${threads.length}-${context.corrections.state}`);

  return (
    <ReviewContext value={context}>
      <div className="review-page review-page--team" data-testid="team-review-page">
        <PageTitle title={`${t('review.team.kicker')} · ${localize(assessment.country.names, locale)} · ${assessment.cycle.name}`} />
        <ReviewHeader back={{ to: `/assessments/${assessment.id}`, label: t('review.team.back') }} kicker={t('review.team.kicker')} />
        <TeamStatus revisionRequest={revisionRequest} />
        {context.corrections.state === 'failed' && <p className="notice notice--warning">{t('review.correction.loadFailed')}</p>}
        {result && (
          <ProvisionalResult result={result}>
            <ValidationDecision windowEndsAt={result.validationEndsAt} now={new Date()} />
          </ProvisionalResult>
        )}
        <AssessmentDiscussion />
        <TeamQuestions flagged={flagged} />
      </div>
    </ReviewContext>
  );
}
