import type { TFunction } from 'i18next';
import { checkAnswer, type AnswerValue, type QuestionSpec } from '@gci/shared';

/**
 * The shared `checkAnswer` (the server applies the same rules), worded for the reader.
 * null when the value is acceptable.
 */
export function describeAnswerIssue(spec: QuestionSpec, value: AnswerValue | undefined, t: TFunction): string | null {
  const check = checkAnswer(spec, value);
  if (check.ok) return null;
  switch (check.code) {
    case 'not_integer':
      return t('questionnaire.issues.notInteger');
    case 'not_finite':
    case 'wrong_type':
      if (spec.type !== 'number') return t('questionnaire.issues.invalid');
      return t(spec.integer ? 'questionnaire.issues.notWholeNumber' : 'questionnaire.issues.notNumber');
    case 'out_of_range':
      if (spec.type !== 'number') return t('questionnaire.issues.invalid');
      if (spec.min !== undefined && spec.max !== undefined) return t('questionnaire.issues.between', { min: spec.min, max: spec.max });
      return spec.min !== undefined ? t('questionnaire.issues.atLeast', { min: spec.min }) : t('questionnaire.issues.atMost', { max: spec.max });
    case 'too_long':
      return spec.type === 'text' ? t('questionnaire.issues.tooLong', { max: spec.maxLength }) : t('questionnaire.issues.invalid');
    default:
      return t('questionnaire.issues.invalid');
  }
}
