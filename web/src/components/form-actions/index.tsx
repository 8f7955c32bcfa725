import type { ReactNode } from 'react';
import styles from './form-actions.module.css';

/**
 * The buttons (and links) that end a form or a step, in a row that wraps; the main action first.
 * `isFlush` drops the space above and below, for a bar that is padded already.
 */
export function FormActions({ children, isFlush = false }: { children: ReactNode; isFlush?: boolean }) {
  return <div className={isFlush ? `${styles.actions} ${styles.flush}` : styles.actions}>{children}</div>;
}
