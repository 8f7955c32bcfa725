import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '../lib/api-client.ts';
import { describeValidation } from '../lib/describe-api-error.ts';
import { Button } from '../components/button/index.tsx';
import { ErrorState } from '../components/error-state/index.tsx';
import { NotFound } from './not-found.tsx';

/** The error boundary of every page without its own. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const year = notFoundYear(error.data);
    return <NotFound message={year ? t('errors.cycleNotFound', { year }) : undefined} />;
  }
  const message = describeValidation(error, t) ?? (isApiError(error) && error.code === 'network_error' ? t('errors.network') : t('errors.loadFailed'));
  return (
    <ErrorState title={t('errors.title')} message={message}>
      <Button onClick={() => void revalidator.revalidate()}>{t('errors.retry')}</Button>
    </ErrorState>
  );
}

/** Pages that 404 for a missing cycle throw `data({ year }, { status: 404 })`. */
function notFoundYear(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'year' in data && typeof data.year === 'string') return data.year;
  return undefined;
}
