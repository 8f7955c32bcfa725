import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraft } from '../../lib/use-draft.ts';
import { parseNumber } from './parse-number.ts';

export interface NumberInputProps {
  id: string;
  label: string;
  /** the label is for screen readers only (a heading shows it already) */
  labelHidden?: boolean;
  value: number | null;
  /**
   * autosave: called after typing pauses, on leaving the field and when the page is hidden, and
   * only with a number `check` accepts (or null); the text stays as typed until then.
   * form: called on every change; text that is not a number gives NaN, which any check refuses.
   */
  onChange: (value: number | null) => void;
  commit?: 'autosave' | 'form';
  /** the problem with a number (or with none, null), in words; null when it is acceptable */
  check?: (value: number | null) => string | null;
  hint?: string;
  integer?: boolean;
  describedBy?: string;
  disabled?: boolean;
  onDrafting?: (on: boolean) => void;
}

const textOf = (value: number | null) => (value === null || Number.isNaN(value) ? '' : String(value));

/**
 * A number typed in the reader's digits (see parseNumber), with its hint and what is wrong with it.
 * Styled as a form field (`field`, `field--number`: short, `field-hint`, `field-error`).
 */
export function NumberInput({
  id,
  label,
  labelHidden,
  value,
  onChange,
  commit = 'autosave',
  check,
  hint,
  integer,
  describedBy,
  disabled,
  onDrafting,
}: NumberInputProps) {
  const { t } = useTranslation();
  const issueId = useId();
  const autosave = commit === 'autosave';
  const send = useCallback(
    (text: string) => {
      const parsed = parseNumber(text);
      if (!autosave) onChange(parsed === undefined ? NaN : parsed);
      else if (parsed !== undefined && (check?.(parsed) ?? null) === null) onChange(parsed);
    },
    [autosave, check, onChange],
  );
  // a form owns what is typed from the first key on, so it never rewrites the text (1.50 stays 1.50)
  const [initial] = useState(() => textOf(value));
  const { draft, change, flush } = useDraft(autosave ? textOf(value) : initial, send, onDrafting, autosave ? 600 : 0);
  const parsed = parseNumber(draft);
  const issue = parsed === undefined ? t('questionnaire.issues.notNumber') : (check?.(parsed) ?? null);
  return (
    <div className="field field--number">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={draft}
        disabled={disabled}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        aria-invalid={issue !== null}
        aria-describedby={[describedBy, hint ? `${issueId}-hint` : null, issue ? issueId : null].filter(Boolean).join(' ') || undefined}
      />
      {hint && (
        <p id={`${issueId}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {issue && (
        <p id={issueId} className="field-error" role="alert">
          {issue}
        </p>
      )}
    </div>
  );
}
