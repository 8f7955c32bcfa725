import type { ReactNode } from 'react';
import styles from './page-intro.module.css';

interface Props {
  title: ReactNode;
  /** under the title: the cycle, or when it was published */
  subtitle: ReactNode;
  /** one paragraph on what the page shows */
  children: ReactNode;
}

/** The heading of a public page: title, cycle line and a short introduction. */
export function PageIntro({ title, subtitle, children }: Props) {
  return (
    <div className={styles.intro}>
      <h1>{title}</h1>
      <p className={styles.subtitle} data-testid="page-subtitle">
        {subtitle}
      </p>
      <p>{children}</p>
    </div>
  );
}
