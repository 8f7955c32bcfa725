import type { AnswerValue, Locale, QuestionSpec } from '@gci/shared';

/** What the input of every question type receives (see AnswerInput). */
export interface AnswerInputProps<S extends QuestionSpec = QuestionSpec> {
  spec: S;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  /** the input's id (typed answers) or the group's (choices) */
  id: string;
  /** the question's title in the questionnaire; what the value is, in a form */
  label: string;
  locale: Locale;
  /**
   * questionnaire: the label is for screen readers (the title shows above), choices sit in a row
   * with a way to clear them, typed answers are saved after a pause and only when valid.
   * form: the label shows, choices are stacked, and every change reaches the form, which checks it.
   */
  mode: 'questionnaire' | 'form';
  describedBy?: string;
  disabled?: boolean;
  /** told when typing starts and stops (questionnaire) */
  onDrafting?: (on: boolean) => void;
}
