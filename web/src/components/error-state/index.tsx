import { useId, type ReactNode } from 'react';
import { PageTitle } from '../page-title/index.tsx';
import styles from './error-state.module.css';

interface Props {
  title: string;
  message: string;
  /** a way out: a retry button, a link */
  children?: ReactNode;
  /** a failure to announce (the default), or a plain message page such as "Page not found" */
  isAlert?: boolean;
}

/** A page that could not be shown: its own title and heading, one sentence, and a way out. */
export function ErrorState({ title, message, children, isAlert = true }: Props) {
  const id = useId();
  return (
    <section className={styles.page} role={isAlert ? 'alert' : undefined} aria-labelledby={id}>
      <PageTitle title={title} />
      <h1 id={id}>{title}</h1>
      <p>{message}</p>
      {children && <p>{children}</p>}
    </section>
  );
}
