import { useTranslation } from 'react-i18next';
import type { RevisionRequest } from '../api/get-revision-request.ts';
import { useReview } from '../lib/review-context.ts';
import { ResubmitPanel } from './resubmit-panel.tsx';
import { ReviewSection } from './review-section.tsx';
import { RevisionRequestNotice } from './revision-request-notice.tsx';

/** Where the assessment stands for the country team, and what they can do about it now. */
export function TeamStatus({ revisionRequest }: { revisionRequest: RevisionRequest | null }) {
  const { t } = useTranslation();
  const { assessment } = useReview();
  const isReturned = assessment.status === 'returned';
  return (
    <ReviewSection title={t('review.team.statusTitle')} testId="team-status">
      <p data-testid="stage-text">{t(`review.team.stage.${assessment.status}`)}</p>
      {isReturned && revisionRequest && <RevisionRequestNotice request={revisionRequest} />}
      <ResubmitPanel />
    </ReviewSection>
  );
}
