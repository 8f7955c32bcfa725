import { createContext, useContext } from 'react';
import type { Answers, AssessmentSummary, Locale, Methodology } from '@gci/shared';
import type { ReturnDetails } from '../api/get-return-details.ts';
import type { AnswerSync, SyncSnapshot } from './answer-sync.ts';

/** What every part of one questionnaire page needs; provided once by QuestionnairePage. */
export interface QuestionnaireContextValue {
  assessment: AssessmentSummary;
  methodology: Methodology;
  locale: Locale;
  sync: AnswerSync;
  snapshot: SyncSnapshot;
  /** server answers with the queued edits on top */
  answers: Answers;
  /** the focal point may change answers and evidence now */
  canEdit: boolean;
  /** the caller may mark evidence for the library of national practice (the country's focal point, whatever the state); others see the choice read-only */
  canShare: boolean;
  csrfToken: string;
  /** the reviewer's last return, while the questionnaire is returned (null otherwise) */
  returned: ReturnDetails | null;
}

export const QuestionnaireContext = createContext<QuestionnaireContextValue | null>(null);

export function useQuestionnaire(): QuestionnaireContextValue {
  const value = useContext(QuestionnaireContext);
  if (!value) throw new Error('useQuestionnaire must be used inside QuestionnairePage');
  return value;
}
