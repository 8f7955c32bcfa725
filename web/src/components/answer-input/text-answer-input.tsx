import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecOf } from '@gci/shared';
import { useDraft } from '../../lib/use-draft.ts';
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
  const outside = typeof value === 'string' ? value : '';
  // a form owns what is typed from the first key on, so blanks typed first are not dropped
  const [initial] = useState(outside);
  const { draft, change, flush } = useDraft(autosave ? outside : initial, commit, onDrafting, autosave ? 600 : 0);
  const issue = describeAnswerIssue(spec, draft, t);
  return (
    <div className="field field--text">
      <label htmlFor={id} className={autosave ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <textarea
        id={id}
        rows={autosave ? 4 : 3}
        maxLength={spec.maxLength}
        value={draft}
        disabled={disabled}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        aria-invalid={issue !== null}
        aria-describedby={[describedBy, countId].filter(Boolean).join(' ')}
      />
      <p id={countId} className="field-hint">
        {t('questionnaire.characters', { length: draft.length, max: spec.maxLength })}
      </p>
      {issue && (
        <p className="field-error" role="alert">
          {issue}
        </p>
      )}
    </div>
  );
}
