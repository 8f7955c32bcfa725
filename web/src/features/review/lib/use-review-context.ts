import { useMemo } from 'react';
import type { AssessmentDetail, Locale, SessionUser, Thread } from '@gci/shared';
import { indexQuestions } from './question-index.ts';
import type { ReviewContextValue } from './review-context.ts';
import { useCorrections } from './use-corrections.ts';

/** The context value of a review page (reviewer's or country team's) from what its loader read. */
export function useReviewContextValue(
  detail: AssessmentDetail,
  threads: Thread[],
  user: SessionUser,
  locale: Locale,
  refresh: () => Promise<void>,
): ReviewContextValue {
  const { assessment, methodology, answers } = detail;
  const index = useMemo(() => indexQuestions(methodology, locale), [methodology, locale]);
  const corrections = useCorrections(assessment.id, assessment.status, answers);
  return useMemo(
    () => ({ assessment, methodology, answers, threads, corrections, index, locale, user: { id: user.id, role: user.role }, refresh }),
    [assessment, methodology, answers, threads, corrections, index, locale, user.id, user.role, refresh],
  );
}
