import { useTranslation } from 'react-i18next';
import { useReview } from '../lib/review-context.ts';
import { ReviewQuestion } from './review-question.tsx';

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
    <section className="review-section" aria-labelledby="team-questions-title" data-testid="team-questions">
      <h2 id="team-questions-title">{t('review.team.questionsTitle')}</h2>
      {keys.length === 0 && <p className="muted">{t('review.team.noQuestions')}</p>}
      {keys.map((key) => {
        const question = index.questions.get(key)!.node;
        return <ReviewQuestion key={key} question={question} level={3} isFlagged={flagged.has(key)} editHref={editHref(key)} />;
      })}
    </section>
  );
}
