import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/notice/index.tsx';
import type { RevisionRequest } from '../api/get-revision-request.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './revision-request-notice.module.css';

/** The reviewer's return for revision: their comment and the questions to rework, each a link to edit it. */
export function RevisionRequestNotice({ request }: { request: RevisionRequest }) {
  const { t } = useTranslation();
  const { assessment, index } = useReview();
  const format = useFormatters();
  return (
    <Notice tone="warning" data-testid="revision-request">
      <p className={styles.title}>{t('review.team.returnedBy', { name: request.createdBy.name, date: format.dateTime(request.createdAt) })}</p>
      <blockquote className={styles.comment} dir="auto">
        {request.comment}
      </blockquote>
      {request.questionKeys.length > 0 && (
        <>
          <p>{t('review.team.flaggedIntro', { count: request.questionKeys.length })}</p>
          <ul className={styles.questions}>
            {request.questionKeys.map((key) => (
              <li key={key} data-question-key={key}>
                <Link
                  to={{
                    pathname: `/assessments/${assessment.id}`,
                    search: `?pillar=${encodeURIComponent(index.questions.get(key)?.pillarKey ?? '')}`,
                    hash: `q-${key}`,
                  }}
                >
                  {index.title(key)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
