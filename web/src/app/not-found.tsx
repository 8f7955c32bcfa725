import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../components/error-state/index.tsx';

/** `message` replaces the generic sentence, e.g. for a cycle that was never published. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <ErrorState title={t('notFound.title')} message={message ?? t('notFound.body')} isAlert={false}>
      <Link to="/">{t('notFound.home')}</Link>
    </ErrorState>
  );
}
