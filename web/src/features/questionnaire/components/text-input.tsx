import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, QuestionSpec } from '@gci/shared';
import { describeAnswerIssue } from '../lib/describe-answer-issue.ts';
import { useDraft } from '../lib/use-draft.ts';

type TextSpec = Extract<QuestionSpec, { type: 'text' }>;

interface Props {
  id: string;
  label: string;
  spec: TextSpec;
  value: AnswerValue | undefined;
  describedBy?: string;
  disabled: boolean;
  onDrafting?: (on: boolean) => void;
  onChange: (value: string | null) => void;
}

/** Free text up to the question's length; saved 600 ms after typing stops and on leaving the field. */
export function TextInput({ id, label, spec, value, describedBy, disabled, onDrafting, onChange }: Props) {
  const { t } = useTranslation();
  const countId = useId();
  const commit = useCallback(
    (text: string) => {
      const next = text.trim() === '' ? null : text;
      if (describeAnswerIssue(spec, next, t) === null) onChange(next);
    },
    [spec, t, onChange],
  );
  const { draft, change, flush } = useDraft(typeof value === 'string' ? value : '', commit, onDrafting);
  const issue = describeAnswerIssue(spec, draft, t);
  return (
    <div className="field field--text">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
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
