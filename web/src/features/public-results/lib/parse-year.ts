import { data } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';

/** The `:year` of a public page; anything else is a 404 for the reader. */
export function parseYear(param: string | undefined): number {
  const year = Number(param);
  if (!Number.isInteger(year)) throw data({ year: param }, { status: 404 });
  return year;
}

/** A year or country the API does not publish (or rejects as malformed) is a 404 page, never an error page. */
export function rethrowAsNotFound(error: unknown, year: string | undefined): never {
  const isMissing = isApiError(error) && (error.status === 404 || error.field?.startsWith('params.'));
  if (isMissing) throw data(year === undefined ? null : { year }, { status: 404 });
  throw error;
}
