import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { classNames } from '../../../lib/class-names.ts';
import styles from './details-panel.module.css';
import titleFigures from './title-figures.module.css';

type Props = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'children'> & {
  /** what the closed panel shows */
  summary: ReactNode;
  /** with figures, the summary is a title in bold that takes the room, the figures at its end */
  figures?: ReactNode;
  children: ReactNode;
  'data-key'?: string;
  'data-testid'?: string;
};

/**
 * A boxed <details> of the public pages (a pillar's weights, a part of the trace, one kind of
 * change): an arrow that turns when it opens, mirrored right to left, left out in print.
 */
export function DetailsPanel({ summary, figures, children, className, ...rest }: Props) {
  return (
    <details className={classNames(styles.panel, className)} {...rest}>
      <summary>
        {figures === undefined ? (
          summary
        ) : (
          <>
            <span className={`${styles.title} ${titleFigures.title}`}>{summary}</span>
            <span className={titleFigures.figures}>{figures}</span>
          </>
        )}
      </summary>
      {children}
    </details>
  );
}
