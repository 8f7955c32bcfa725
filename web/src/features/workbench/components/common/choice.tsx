import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import styles from './choice.module.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  type: 'checkbox' | 'radio';
  label: ReactNode;
  /** one of a row of choices (radios of one question): beside the next one instead of on a line of its own */
  isInline?: boolean;
};

/** A checkbox or a radio button with its label after it; the whole label is the target. */
export function Choice({ label, isInline = false, id, className, ...input }: Props) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <span className={`${styles.choice} ${isInline ? styles.inline : ''} ${className ?? ''}`}>
      <input id={inputId} {...input} />
      <label htmlFor={inputId}>{label}</label>
    </span>
  );
}
