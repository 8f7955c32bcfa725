import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from '../../lib/class-names.ts';
import styles from './pillar-nav.module.css';

/*
 * A page can set, on an element around these:
 *   --pillar-nav-width   the nav's column (default minmax(13rem, 16rem))
 *   --pillar-nav-top     where the nav sticks, below anything else that sticks (default var(--space-4))
 *   --pillar-nav-padding the space inside its box (default var(--space-3))
 */

/** The pillars' nav beside the content of one pillar; stacked above it on a narrow screen. `children`: the nav, then the content. */
export function PillarLayout({ children }: { children: ReactNode }) {
  return <div className={styles.layout}>{children}</div>;
}

interface NavProps {
  label: string;
  testId?: string;
  /** above the links, set off by a line (overall progress) */
  summary?: ReactNode;
  /** the `PillarNavLink`s */
  children: ReactNode;
}

/** The pillars of a methodology as links, the one on screen marked; sticks while the page scrolls. */
export function PillarNav({ label, testId, summary, children }: NavProps) {
  return (
    <nav className={styles.nav} aria-label={label} data-testid={testId}>
      {summary && <div className={styles.summary}>{summary}</div>}
      <ul className={styles.list}>{children}</ul>
    </nav>
  );
}

interface LinkProps {
  /** the query that opens it: `?pillar=<key>` */
  search: string;
  isCurrent: boolean;
  /** data-pillar, for a pillar's link */
  pillarKey?: string;
  testId?: string;
  /** a step after the pillars (the submission check): set apart, in the colour of links */
  isAction?: boolean;
  children: ReactNode;
}

export function PillarNavLink({ search, isCurrent, pillarKey, testId, isAction = false, children }: LinkProps) {
  return (
    <li>
      <Link
        to={{ search }}
        className={classNames(styles.link, isAction && styles.action)}
        aria-current={isCurrent ? 'page' : undefined}
        data-pillar={pillarKey}
        data-testid={testId}
      >
        {children}
      </Link>
    </li>
  );
}
