import type { FormEvent, ReactNode } from 'react';
import { Button } from '../button/index.tsx';
import styles from './filter-panel.module.css';

/** The class a filter's FormField takes inside a FilterPanel. */
export const filterFieldClass = styles.field;

interface Props {
  /** what the filters select, for screen readers ("Filters of the audit log") */
  label: string;
  applyLabel: string;
  clearLabel: string;
  onApply: () => void;
  onClear: () => void;
  children: ReactNode;
  testId?: string;
}

/** A panel of list filters (FormFields with `filterFieldClass`), applied together or cleared. */
export function FilterPanel({ label, applyLabel, clearLabel, onApply, onClear, children, testId }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className={styles.panel} aria-label={label} onSubmit={submit} noValidate data-testid={testId}>
      {children}
      <div className={styles.actions}>
        <Button type="submit" variant="primary">
          {applyLabel}
        </Button>
        <Button onClick={onClear}>{clearLabel}</Button>
      </div>
    </form>
  );
}
