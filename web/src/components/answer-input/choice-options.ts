import { useTranslation } from 'react-i18next';
import { answerChoices, type Locale, type QuestionSpec } from '@gci/shared';
import { fallbackLang } from '../../lib/fallback-lang.ts';
import { formatAnswer } from '../../lib/format-answer.ts';

export interface ChoiceOption {
  key: string;
  label: string;
  /** set when the label is an untranslated English fallback */
  lang: { lang?: 'en'; dir?: 'ltr' };
  value: boolean | string;
}

/** What a question offers to choose from, labelled in the reader's language (as answers are shown everywhere). */
export function useChoiceOptions(spec: QuestionSpec, locale: Locale): ChoiceOption[] {
  const { t } = useTranslation();
  return (answerChoices(spec) ?? []).map((choice) => ({
    key: choice.key,
    value: choice.value,
    label: formatAnswer(spec, choice.value, locale, t),
    lang: choice.label ? fallbackLang(choice.label, locale) : {},
  }));
}
