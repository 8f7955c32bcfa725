import type { HTMLAttributes } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './notice.module.css';

export type NoticeTone = 'neutral' | 'info' | 'warning' | 'error' | 'success';

type Props = HTMLAttributes<HTMLDivElement> & { tone?: NoticeTone; 'data-testid'?: string };

/** A boxed message in the page flow, coloured by what it means; the words carry the meaning too. */
export function Notice({ tone = 'neutral', className, ...rest }: Props) {
  return <div className={classNames(styles.notice, styles[tone], className)} {...rest} />;
}
