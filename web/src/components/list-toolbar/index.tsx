import type { ReactNode } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './list-toolbar.module.css';

/**
 * The row above a list or table: what chooses its rows (filters, an export) and how many it shows
 * (`ListCount`), in the order given, pushed to either end and wrapping on a narrow screen.
 * `isCompact`: items centred and closer, for a row of a count and a button.
 */
export function ListToolbar({ children, isCompact = false }: { children: ReactNode; isCompact?: boolean }) {
  return <div className={classNames(styles.toolbar, isCompact && styles.compact)}>{children}</div>;
}

/** How many rows the list shows, announced when it changes. */
export function ListCount({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className={styles.count} role="status" data-testid={testId}>
      {children}
    </p>
  );
}
