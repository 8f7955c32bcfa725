import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { NewThread } from './new-thread.tsx';
import { ReviewSection } from './review-section.tsx';
import { ThreadView } from './thread-view.tsx';
import styles from './assessment-discussion.module.css';

/** The threads about the whole assessment: returns for revision, disputes and general questions. */
export function AssessmentDiscussion() {
  const { t } = useTranslation();
  const { threads } = useReview();
  const general = threads.filter((thread) => thread.questionKey === null);
  return (
    <ReviewSection title={t('review.discussion.title')} testId="assessment-discussion">
      {general.length === 0 && <EmptyState>{t('review.discussion.none')}</EmptyState>}
      {general.map((thread) => (
        <ThreadView key={thread.id} thread={thread} />
      ))}
      <div className={styles.start}>
        <NewThread questionKey={null} buttonLabel={t('review.discussion.start')} label={t('review.discussion.label')} />
      </div>
    </ReviewSection>
  );
}
