import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FactList } from '../fact-list';
import styles from './assessment-header.module.css';

interface Props {
  /** the way back, above the title (left out in print) */
  back: { to: string; label: string };
  /** what the page is for, above the title ("Review") */
  kicker?: string;
  kickerTestId?: string;
  /** the country's name and the cycle's, in the reader's language */
  country: string;
  cycle: string;
  /** the facts under the title: `Fact`s (../fact-list) */
  children: ReactNode;
}

/** The head of a page about one country's assessment in a cycle: country, cycle, and facts (status, deadline …). */
export function AssessmentHeader({ back, kicker, kickerTestId, country, cycle, children }: Props) {
  return (
    <header className={styles.header}>
      <p className={styles.breadcrumb}>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {kicker && (
        <p className={styles.kicker} data-testid={kickerTestId}>
          {kicker}
        </p>
      )}
      <h1>
        <bdi>{country}</bdi>
        <span className={styles.cycle}>
          <bdi>{cycle}</bdi>
        </span>
      </h1>
      <FactList>{children}</FactList>
    </header>
  );
}
