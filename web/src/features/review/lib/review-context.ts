import { createContext, use } from 'react';
import type { AnswerState, AssessmentSummary, Locale, Methodology, SessionUser, Thread } from '@gci/shared';
import type { QuestionIndex } from './question-index.ts';
import type { Corrections } from './use-corrections.ts';

/** What every part of a review page reads: the assessment as last loaded, and how to load it again. */
export interface ReviewContextValue {
  assessment: AssessmentSummary;
  methodology: Methodology;
  answers: Readonly<Record<string, AnswerState>>;
  threads: readonly Thread[];
  corrections: Corrections;
  index: QuestionIndex;
  locale: Locale;
  user: Pick<SessionUser, 'id' | 'role'>;
  /** reads everything from the server again, after a change made here */
  refresh: () => Promise<void>;
}

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = use(ReviewContext);
  if (!value) throw new Error('useReview() outside a review page');
  return value;
}
