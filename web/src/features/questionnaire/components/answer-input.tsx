import { useTranslation } from 'react-i18next';
import { STATUS_VALUES, localize, type AnswerValue, type Locale, type QuestionNode } from '@gci/shared';
import type { TFunction } from 'i18next';
import { fallbackLang } from '../lib/fallback-lang.ts';
import { ChoiceInput, type ChoiceOption } from './choice-input.tsx';
import { MultiChoiceInput } from './multi-choice-input.tsx';
import { NumberInput } from './number-input.tsx';
import { TextInput } from './text-input.tsx';

interface Props {
  question: QuestionNode;
  title: string;
  value: AnswerValue | undefined;
  inputId: string;
  describedBy?: string;
  disabled: boolean;
  locale: Locale;
  onChange: (value: AnswerValue) => void;
  onDrafting?: (on: boolean) => void;
}

function choiceOptions(question: QuestionNode, locale: Locale, t: TFunction): ChoiceOption[] {
  const spec = question.question;
  if (spec.type === 'yes_no') {
    return [
      { key: 'yes', label: t('questionnaire.yes'), value: true },
      { key: 'no', label: t('questionnaire.no'), value: false },
    ];
  }
  if (spec.type === 'status') return STATUS_VALUES.map((status) => ({ key: status, label: t(`questionnaire.status.${status}`), value: status }));
  if (spec.type === 'single_choice' || spec.type === 'multi_choice') {
    return spec.options.map((option) => ({ key: option.key, label: localize(option.label, locale), lang: fallbackLang(option.label, locale), value: option.key }));
  }
  return [];
}

/** The input for the question's type, with a way to clear a choice. */
export function AnswerInput({ question, title, value, inputId, describedBy, disabled, locale, onChange, onDrafting }: Props) {
  const { t } = useTranslation();
  const spec = question.question;
  const name = `answer-${question.key}`;
  if (spec.type === 'number') return <NumberInput id={inputId} label={title} spec={spec} value={value} describedBy={describedBy} disabled={disabled} onDrafting={onDrafting} onChange={onChange} />;
  if (spec.type === 'text') return <TextInput id={inputId} label={title} spec={spec} value={value} describedBy={describedBy} disabled={disabled} onDrafting={onDrafting} onChange={onChange} />;

  const options = choiceOptions(question, locale, t);
  const common = { name, legend: title, options, value, describedBy, disabled };
  return (
    <div className="answer-input">
      {spec.type === 'multi_choice' ? <MultiChoiceInput {...common} onChange={onChange} /> : <ChoiceInput {...common} onChange={onChange} />}
      {!disabled && value !== null && value !== undefined && (
        <button type="button" className="button button--link button--small" aria-label={`${t('questionnaire.clearAnswer')}: ${title}`} onClick={() => onChange(null)}>
          {t('questionnaire.clearAnswer')}
        </button>
      )}
    </div>
  );
}
