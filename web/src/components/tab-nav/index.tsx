import type { ReactNode } from 'react';
import { classNames } from '../../lib/class-names.ts';
import styles from './tab-nav.module.css';

/**
 * main: the site's sections, in one row in the header; section: the screens of a working area,
 * under its title; links: the pages of a published cycle, in the colour of links.
 */
export type TabNavVariant = 'main' | 'section' | 'links';

interface Props {
  /** what the navigation is, for screen readers ("Workbench sections") */
  label: string;
  variant: TabNavVariant;
  /** the `<li>` items, each a link; the current one carries `aria-current="page"` (a NavLink sets it) */
  children: ReactNode;
  /** placement in the page around it */
  className?: string;
}

/** A row of links with a line under the current one. */
export function TabNav({ label, variant, children, className }: Props) {
  return (
    <nav className={classNames(styles[variant], className)} aria-label={label}>
      <ul className={styles.list}>{children}</ul>
    </nav>
  );
}
