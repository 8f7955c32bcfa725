import type { HTMLAttributes } from 'react';
import { classNames } from '../../../../lib/class-names.ts';
import styles from './tag.module.css';

export type TagTone = 'neutral' | 'muted' | 'info' | 'success' | 'warning' | 'danger';

type Props = HTMLAttributes<HTMLSpanElement> & {
  tone?: TagTone;
  /** a state (filled pill) or a note beside a title (small, outlined: "3 issues", "Demo") */
  look?: 'state' | 'note';
  'data-testid'?: string;
  'data-status'?: string;
};

/** A short word on a pill: a status, a decision, a flag. The word carries the meaning; the colour only repeats it. */
export function Tag({ tone = 'neutral', look = 'state', className, ...rest }: Props) {
  return <span className={classNames(styles.tag, styles[look], styles[tone], className)} {...rest} />;
}
