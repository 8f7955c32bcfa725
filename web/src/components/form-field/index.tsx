import { useId, type ReactNode } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './form-field.module.css';

/** What the control inside a field must carry: its id (for the label) and the ARIA wiring. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  label: ReactNode;
  /** the control's id, when the page must address it (a link to the field, focusing it); a generated one otherwise */
  id?: string;
  /** a sentence under the control, read with it */
  hint?: ReactNode;
  /** what is wrong with the value; marks the control invalid */
  error?: string | null;
  /** announce the error as soon as it appears (an error shown on submit, not while typing) */
  announceError?: boolean;
  /** label beside the control instead of above it */
  inline?: boolean;
  className?: string;
  /** the control, given its id and ARIA attributes: `{(control) => <input {...control} />}` */
  children: (control: ControlProps) => ReactNode;
}

/**
 * A label, a control, an optional hint and an error. The hint and the error are tied to the
 * control with aria-describedby, and an error sets aria-invalid, so a screen reader reads them
 * with the control.
 */
export function FormField({ label, id: fixedId, hint, error, announceError = false, inline = false, className, children }: Props) {
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={classNames(styles.field, inline && styles.inline, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error} role={announceError ? 'alert' : undefined} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The error of a whole form (the server said no), announced when it appears. */
export function FormError({ id, message }: { id?: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className={styles.formError} role="alert" data-testid="form-error">
      {message}
    </p>
  );
}
