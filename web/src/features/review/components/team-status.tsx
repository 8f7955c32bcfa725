import { useTranslation } from 'react-i18next';
import type { RevisionRequest } from '../api/get-revision-request.ts';
import { useReview } from '../lib/review-context.ts';
import { ResubmitPanel } from './resubmit-panel.tsx';
import { RevisionRequestNotice } from './revision-request-notice.tsx';

/** Where the assessment stands for the country team, and what they can do about it now. */
export function TeamStatus({ revisionRequest }: { revisionRequest: RevisionRequest | null }) {
  const { t } = useTranslation();
  const { assessment } = useReview();
  const isReturned = assessment.status === 'returned';
  return (
    <section className="review-section" aria-labelledby="team-status-title" data-testid="team-status">
      <h2 id="team-status-title">{t('review.team.statusTitle')}</h2>
      <p data-testid="stage-text">{t(`review.team.stage.${assessment.status}`)}</p>
      {isReturned && revisionRequest && <RevisionRequestNotice request={revisionRequest} />}
      <ResubmitPanel />
    </section>
  );
}
