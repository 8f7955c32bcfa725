import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecOf } from '@gci/shared';
import { NumberInput } from '../number-input/number-input.tsx';
import type { AnswerInputProps } from './answer-input-props.ts';
import { describeAnswerIssue } from './describe-answer-issue.ts';

/** A number question: the kit's number input, bounded and checked by the question. */
export function NumberAnswerInput({ spec, value, onChange, id, label, mode, describedBy, disabled, onDrafting }: AnswerInputProps<SpecOf<'number'>>) {
  const { t } = useTranslation();
  const check = useCallback((n: number | null) => describeAnswerIssue(spec, n, t), [spec, t]);
  const bounds =
    spec.min !== undefined && spec.max !== undefined
      ? t('questionnaire.issues.between', { min: spec.min, max: spec.max })
      : spec.min !== undefined
        ? t('questionnaire.issues.atLeast', { min: spec.min })
        : spec.max !== undefined
          ? t('questionnaire.issues.atMost', { max: spec.max })
          : null;
  return (
    <NumberInput
      id={id}
      label={label}
      labelHidden={mode === 'questionnaire'}
      value={typeof value === 'number' ? value : null}
      onChange={onChange}
      commit={mode === 'questionnaire' ? 'autosave' : 'form'}
      check={check}
      hint={[bounds, spec.integer ? t('questionnaire.wholeNumber') : null].filter(Boolean).join(' · ') || t('questionnaire.numberHint')}
      integer={spec.integer}
      describedBy={describedBy}
      disabled={disabled}
      onDrafting={onDrafting}
    />
  );
}
