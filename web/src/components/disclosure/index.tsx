import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './disclosure.module.css';

type Props = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'children'> & {
  /** what opening it shows, always visible */
  summary: ReactNode;
  children: ReactNode;
};

/**
 * More about something, shown on demand (native <details>: keyboard and screen readers know it).
 * Other attributes (open, onToggle, data-*) go on the <details>.
 */
export function Disclosure({ summary, children, className, ...rest }: Props) {
  return (
    <details className={classNames(styles.disclosure, className)} {...rest}>
      <summary className={styles.summary}>{summary}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
