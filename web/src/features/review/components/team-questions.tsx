import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { ReviewQuestion } from './review-question.tsx';
import { ReviewSection } from './review-section.tsx';

/** The questions that have threads, corrections or a request for revision, in questionnaire order. */
export function TeamQuestions({ flagged }: { flagged: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { assessment, index, threads, corrections } = useReview();
  const keys = [...index.questions.keys()].filter(
    (key) => flagged.has(key) || corrections.byQuestion.has(key) || threads.some((thread) => thread.questionKey === key),
  );
  const editHref = (key: string) =>
    assessment.editable ? `/assessments/${assessment.id}?pillar=${encodeURIComponent(index.questions.get(key)?.pillarKey ?? '')}#q-${key}` : undefined;
  return (
    <ReviewSection title={t('review.team.questionsTitle')} testId="team-questions">
      {keys.length === 0 && <EmptyState>{t('review.team.noQuestions')}</EmptyState>}
      {keys.map((key) => {
        const question = index.questions.get(key)!.node;
        return <ReviewQuestion key={key} question={question} level={3} isFlagged={flagged.has(key)} editHref={editHref(key)} />;
      })}
    </ReviewSection>
  );
}
