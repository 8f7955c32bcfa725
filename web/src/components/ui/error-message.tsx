import type { ReactNode } from 'react';
import { PageTitle } from './page-title.tsx';

/** A page-level failure: a heading, one sentence, and an optional way out (retry, link). */
export function ErrorMessage({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <section className="message-page" role="alert" aria-labelledby="error-title">
      <PageTitle title={title} />
      <h1 id="error-title">{title}</h1>
      <p>{message}</p>
      {children && <p>{children}</p>}
    </section>
  );
}
