import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './ui/page-title.tsx';

/** `message` replaces the generic sentence, e.g. for a cycle that was never published. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <section className="message-page" aria-labelledby="not-found-title">
      <PageTitle title={t('notFound.title')} />
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
