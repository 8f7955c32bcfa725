import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '../lib/api-client.ts';
import { ErrorMessage } from '../components/ui/error-message.tsx';
import { NotFound } from '../components/not-found.tsx';

/** The error boundary of every page without its own. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const year = notFoundYear(error.data);
    return <NotFound message={year ? t('errors.cycleNotFound', { year }) : undefined} />;
  }
  const message = isApiError(error) && error.code === 'network_error' ? t('errors.network') : t('errors.loadFailed');
  return (
    <ErrorMessage title={t('errors.title')} message={message}>
      <button type="button" className="button" onClick={() => void revalidator.revalidate()}>
        {t('errors.retry')}
      </button>
    </ErrorMessage>
  );
}

/** Pages that 404 for a missing cycle throw `data({ year }, { status: 404 })`. */
function notFoundYear(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'year' in data && typeof data.year === 'string') return data.year;
  return undefined;
}
