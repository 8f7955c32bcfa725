import { useId, type ReactNode } from 'react';
import { classNames } from '../../../lib/class-names.ts';
import styles from './review-section.module.css';

interface Props {
  title: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** One titled part of a review page (status, result, discussion…), in a box of its own. */
export function ReviewSection({ title, children, className, testId }: Props) {
  const id = useId();
  return (
    <section className={classNames(styles.section, className)} aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
