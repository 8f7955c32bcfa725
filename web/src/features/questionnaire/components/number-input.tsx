import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, QuestionSpec } from '@gci/shared';
import { describeAnswerIssue } from '../lib/describe-answer-issue.ts';
import { useDraft } from '../lib/use-draft.ts';

type NumberSpec = Extract<QuestionSpec, { type: 'number' }>;

/**
 * '' is "no answer"; a dot, a comma or the Arabic decimal separator separates decimals, and
 * Arabic-Indic or Persian digits are read as digits; anything else is not a number (undefined).
 */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace('\u066b', '.');
  if (trimmed === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

interface Props {
  id: string;
  label: string;
  spec: NumberSpec;
  value: AnswerValue | undefined;
  describedBy?: string;
  disabled: boolean;
  onDrafting?: (on: boolean) => void;
  onChange: (value: number | null) => void;
}

/** A number within the question's bounds; saved 600 ms after typing stops, only when valid. */
export function NumberInput({ id, label, spec, value, describedBy, disabled, onDrafting, onChange }: Props) {
  const { t } = useTranslation();
  const issueId = useId();
  const commit = useCallback(
    (text: string) => {
      const parsed = parseNumber(text);
      if (parsed !== undefined && describeAnswerIssue(spec, parsed, t) === null) onChange(parsed);
    },
    [spec, t, onChange],
  );
  const { draft, change, flush } = useDraft(typeof value === 'number' ? String(value) : '', commit, onDrafting);
  const parsed = parseNumber(draft);
  const issue = parsed === undefined ? t('questionnaire.issues.notNumber') : describeAnswerIssue(spec, parsed, t);
  const bounds =
    spec.min !== undefined && spec.max !== undefined
      ? t('questionnaire.issues.between', { min: spec.min, max: spec.max })
      : spec.min !== undefined
        ? t('questionnaire.issues.atLeast', { min: spec.min })
        : spec.max !== undefined
          ? t('questionnaire.issues.atMost', { max: spec.max })
          : null;
  return (
    <div className="field field--number">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        value={draft}
        disabled={disabled}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        aria-invalid={issue !== null}
        aria-describedby={[describedBy, `${issueId}-hint`, issue ? issueId : null].filter(Boolean).join(' ')}
      />
      <p id={`${issueId}-hint`} className="field-hint">
        {[bounds, spec.integer ? t('questionnaire.wholeNumber') : null].filter(Boolean).join(' · ') || t('questionnaire.numberHint')}
      </p>
      {issue && (
        <p id={issueId} className="field-error" role="alert">
          {issue}
        </p>
      )}
    </div>
  );
}
