import { useTranslation } from 'react-i18next';
import { useReview } from '../lib/review-context.ts';
import { NewThread } from './new-thread.tsx';
import { ThreadView } from './thread-view.tsx';

/** The threads about the whole assessment: returns for revision, disputes and general questions. */
export function AssessmentDiscussion() {
  const { t } = useTranslation();
  const { threads } = useReview();
  const general = threads.filter((thread) => thread.questionKey === null);
  return (
    <section className="review-section" aria-labelledby="discussion-title" data-testid="assessment-discussion">
      <h2 id="discussion-title">{t('review.discussion.title')}</h2>
      {general.length === 0 && <p className="muted">{t('review.discussion.none')}</p>}
      {general.map((thread) => (
        <ThreadView key={thread.id} thread={thread} />
      ))}
      <NewThread questionKey={null} buttonLabel={t('review.discussion.start')} label={t('review.discussion.label')} />
    </section>
  );
}
