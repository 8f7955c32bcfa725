import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TypedField, useDraftControl } from '../typed-field/index.tsx';
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
 * A number typed in the reader's digits (see parseNumber), with its hint and what is wrong with it,
 * in a TypedField.
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
  const { draft, control } = useDraftControl(textOf(value), send, onDrafting, autosave);
  const parsed = parseNumber(draft);
  // the example matches the rule the hint states: no "3.5" for a whole number
  const issue = parsed === undefined ? t(integer ? 'questionnaire.issues.notWholeNumber' : 'questionnaire.issues.notNumber') : (check?.(parsed) ?? null);
  const hintId = `${issueId}-hint`;
  return (
    <TypedField id={id} label={label} isLabelHidden={labelHidden} kind="number" hint={hint} hintId={hintId} issue={issue} issueId={issueId}>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        {...control}
        disabled={disabled}
        aria-invalid={issue !== null}
        aria-describedby={[describedBy, hint ? hintId : null, issue ? issueId : null].filter(Boolean).join(' ') || undefined}
      />
    </TypedField>
  );
}
