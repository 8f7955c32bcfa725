import type { TFunction } from 'i18next';
import { localize, type AnswerValue, type Locale, type QuestionSpec, type StatusValue } from '@gci/shared';

/** An answer as a short text in the reader's language: history, conflict view, review, diff, corrections. */
export function formatAnswer(spec: QuestionSpec, value: AnswerValue | undefined, locale: Locale, t: TFunction): string {
  if (value === null || value === undefined) return t('questionnaire.noAnswer');
  switch (spec.type) {
    case 'yes_no':
      return value === true ? t('questionnaire.yes') : value === false ? t('questionnaire.no') : String(value);
    case 'status':
      return typeof value === 'string' ? t(`questionnaire.status.${value as StatusValue}`, { defaultValue: value }) : String(value);
    case 'single_choice':
    case 'multi_choice': {
      const keys = Array.isArray(value) ? value : [String(value)];
      if (keys.length === 0) return t('questionnaire.noneChosen');
      const label = (key: string) => {
        const option = spec.options.find((o) => o.key === key);
        return option ? localize(option.label, locale) : key;
      };
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(keys.map(label));
    }
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value) : String(value);
    case 'text':
      return String(value);
  }
}
