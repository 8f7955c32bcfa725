import type { ReactNode } from 'react';
import styles from './empty-state.module.css';

interface Props {
  /** a heading, for an empty page (level 1) or section */
  title?: string;
  level?: 1 | 2 | 3;
  children: ReactNode;
  testId?: string;
}

/** Nothing to show, said plainly: "No entries match these filters." */
export function EmptyState({ title, level = 2, children, testId }: Props) {
  const Heading = `h${level}` as const;
  return (
    <div className={title ? `${styles.empty} ${styles.titled}` : styles.empty} data-testid={testId}>
      {title && <Heading>{title}</Heading>}
      <p>{children}</p>
    </div>
  );
}
