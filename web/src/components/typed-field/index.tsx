import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useDraft } from '../../lib/use-draft.ts';

interface Props {
  /** the control's id, for the label */
  id: string;
  label: string;
  /** the label is for screen readers only (a heading shows it already) */
  isLabelHidden?: boolean;
  /** `number` keeps the control short */
  kind: 'text' | 'number';
  hint?: ReactNode;
  hintId?: string;
  /** what is wrong with the value, announced; null when nothing is */
  issue: string | null;
  issueId?: string;
  /** the control, wired to the ids above with aria-describedby */
  children: ReactNode;
}

/**
 * A typed answer's field in the global field style (`field`, `field-hint`, `field-error`): the
 * label, the control, a hint and what is wrong with the value.
 */
export function TypedField({ id, label, isLabelHidden = false, kind, hint, hintId, issue, issueId, children }: Props) {
  return (
    <div className={`field field--${kind}`}>
      <label htmlFor={id} className={isLabelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="field-hint">
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

/**
 * The typed text of a field's control (see useDraft). With autosave it follows the outside value and
 * is committed 600 ms after typing stops; in a form, every change is committed and the form owns
 * the text from the first key on, so it is never rewritten (blanks typed first stay, 1.50 stays 1.50).
 * `control` goes on the <input> or <textarea>.
 */
export function useDraftControl(value: string, commit: (text: string) => void, onDrafting: ((on: boolean) => void) | undefined, isAutosave: boolean) {
  const [initial] = useState(value);
  const { draft, change, flush } = useDraft(isAutosave ? value : initial, commit, onDrafting, isAutosave ? 600 : 0);
  const control = {
    value: draft,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(event.target.value),
    onBlur: flush,
  };
  return { draft, control };
}
