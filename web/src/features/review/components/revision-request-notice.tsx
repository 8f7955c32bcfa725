import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RevisionRequest } from '../api/get-revision-request.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** The reviewer's return for revision: their comment and the questions to rework, each a link to edit it. */
export function RevisionRequestNotice({ request }: { request: RevisionRequest }) {
  const { t } = useTranslation();
  const { assessment, index } = useReview();
  const format = useFormatters();
  return (
    <div className="notice notice--warning revision-request" data-testid="revision-request">
      <p className="revision-request__title">{t('review.team.returnedBy', { name: request.createdBy.name, date: format.dateTime(request.createdAt) })}</p>
      <blockquote className="revision-request__comment" dir="auto">
        {request.comment}
      </blockquote>
      {request.questionKeys.length > 0 && (
        <>
          <p>{t('review.team.flaggedIntro', { count: request.questionKeys.length })}</p>
          <ul>
            {request.questionKeys.map((key) => (
              <li key={key} data-question-key={key}>
                <Link to={{ pathname: `/assessments/${assessment.id}`, search: `?pillar=${encodeURIComponent(index.questions.get(key)?.pillarKey ?? '')}`, hash: `q-${key}` }}>
                  {index.title(key)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
