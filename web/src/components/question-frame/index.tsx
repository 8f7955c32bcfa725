import type { ReactNode } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './question-frame.module.css';

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';

/*
 * A page can set, on an element around it:
 *   --page-scroll-margin        where a question scrolled into view (#q-<key>) stops, below anything sticky (default var(--space-4))
 *   --question-header-row-gap   the space between the title and what wraps under it (default var(--space-2))
 */

interface Props {
  questionKey: string;
  /** its depth in the methodology, as the heading's level (h3 to h6) */
  level: number;
  headingId: string;
  title: ReactNode;
  /** the title's spacing, where the page needs more than the default space under it */
  titleClassName?: string;
  /** at the end of the title's line, wrapping under it in a narrow card: save state, tags */
  aside?: ReactNode;
  /** the question's state (flagged, in conflict) */
  className?: string;
  children: ReactNode;
  'data-state'?: string;
  'data-flagged'?: true;
}

/**
 * One question as a card, the target of a link to `#q-<key>`: focused by such a link (a ring for
 * the keyboard and the target, not for a click), its heading with what goes beside it, then the rest.
 */
export function QuestionFrame({ questionKey, level, headingId, title, titleClassName, aside, className, children, ...data }: Props) {
  const Heading = `h${Math.min(Math.max(level, 3), 6)}` as HeadingTag;
  return (
    <section
      id={`q-${questionKey}`}
      className={classNames(styles.question, className)}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-question-key={questionKey}
      {...data}
    >
      <div className={styles.header}>
        <Heading id={headingId} className={classNames(styles.title, titleClassName)}>
          {title}
        </Heading>
        {aside}
      </div>
      {children}
    </section>
  );
}
