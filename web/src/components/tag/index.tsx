import type { ReactNode } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './tag.module.css';

/** neutral: a plain fact ("Required"); warning: needs doing ("Overdue"); flagged: a reviewer asked for work; changed: differs from before; corrected: a reviewer changed it */
export type TagTone = 'neutral' | 'warning' | 'flagged' | 'changed' | 'corrected';

interface Props {
  tone?: TagTone;
  children: ReactNode;
  /** spacing from what it follows; a tag has no margin of its own */
  className?: string;
}

/** Tags side by side, a little apart, wrapping when the row is full. */
export function TagList({ as: Element = 'span', children, className }: { as?: 'span' | 'p'; children: ReactNode; className?: string }) {
  return <Element className={classNames(styles.list, className)}>{children}</Element>;
}

/** A short label beside a title or a figure, as a pill; its colour only repeats the words. */
export function Tag({ tone = 'neutral', children, className }: Props) {
  return (
    <span className={classNames(styles.tag, styles[tone], className)} data-tone={tone}>
      {children}
    </span>
  );
}
