import type { ReactNode } from 'react';
import styles from './fact-list.module.css';

/**
 * Facts about one thing, each a small label over its value: in a row that wraps (a page's head) or
 * in a grid of equal columns (a detail page with many facts).
 */
export function FactList({ layout = 'row', children }: { layout?: 'row' | 'grid'; children: ReactNode }) {
  return <dl className={`${styles.facts} ${styles[layout]}`}>{children}</dl>;
}

/** One fact: its label, and its value (where a test or a screen reader finds it by `testId`). */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
