import type { TFunction } from 'i18next';
import { answerInWords, type AnswerValue, type Locale, type QuestionSpec, type StatusValue } from '@gci/shared';

/** An answer as a short text in the reader's language: history, conflict view, review, diff, corrections. */
export function formatAnswer(spec: QuestionSpec, value: AnswerValue | undefined, locale: Locale, t: TFunction): string {
  if (value === null || value === undefined) return t('questionnaire.noAnswer');
  return answerInWords(spec, value, locale, {
    yes: t('questionnaire.yes'),
    no: t('questionnaire.no'),
    noneChosen: t('questionnaire.noneChosen'),
    status: (status: StatusValue) => t(`questionnaire.status.${status}`),
  });
}
