import { localize, type GroupNode } from '@gci/shared';
import { QuestionTree } from '../../../components/question-tree/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { ReviewQuestion } from './review-question.tsx';

interface Marks {
  visible: ReadonlySet<string>;
  flagged: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}

/** The questions of one pillar as the team answered them (hidden questions left out). */
export function ReviewPillar({ pillar, visible, flagged, changed }: { pillar: GroupNode } & Marks) {
  const { locale } = useReview();
  return (
    <section aria-labelledby="review-pillar-title" data-pillar={pillar.key}>
      <h2 id="review-pillar-title">{localize(pillar.texts.title, locale)}</h2>
      <QuestionTree
        nodes={pillar.children}
        level={3}
        visible={visible}
        locale={locale}
        renderQuestion={(question, level) => (
          <ReviewQuestion question={question} level={level} isFlagged={flagged.has(question.key)} isChanged={changed.has(question.key)} />
        )}
      />
    </section>
  );
}
