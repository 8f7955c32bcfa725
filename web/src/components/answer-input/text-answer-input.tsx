import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecOf } from '@gci/shared';
import { TypedField, useDraftControl } from '../typed-field/index.tsx';
import type { AnswerInputProps } from './answer-input-props.ts';
import { describeAnswerIssue } from './describe-answer-issue.ts';

/**
 * Free text up to the question's length; blank is no answer. In the questionnaire it is saved
 * 600 ms after typing stops and on leaving the field; in a form every change reaches the form.
 */
export function TextAnswerInput({ spec, value, onChange, id, label, mode, describedBy, disabled, onDrafting }: AnswerInputProps<SpecOf<'text'>>) {
  const { t } = useTranslation();
  const countId = useId();
  const autosave = mode === 'questionnaire';
  const commit = useCallback(
    (text: string) => {
      const next = text.trim() === '' ? null : text;
      if (!autosave || describeAnswerIssue(spec, next, t) === null) onChange(next);
    },
    [autosave, spec, t, onChange],
  );
  const { draft, control } = useDraftControl(typeof value === 'string' ? value : '', commit, onDrafting, autosave);
  const issue = describeAnswerIssue(spec, draft, t);
  return (
    <TypedField
      id={id}
      label={label}
      isLabelHidden={autosave}
      kind="text"
      hint={t('questionnaire.characters', { length: draft.length, max: spec.maxLength })}
      hintId={countId}
      issue={issue}
    >
      <textarea
        id={id}
        rows={autosave ? 4 : 3}
        maxLength={spec.maxLength}
        {...control}
        disabled={disabled}
        aria-invalid={issue !== null}
        aria-describedby={[describedBy, countId].filter(Boolean).join(' ')}
      />
    </TypedField>
  );
}
