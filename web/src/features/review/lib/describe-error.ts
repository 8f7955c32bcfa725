import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client.ts';

/**
 * A failed review action in the reader's language. The common causes get their own sentence;
 * anything else gets `fallback` (what the user was trying to do failed; try again).
 */
export function describeError(error: unknown, t: TFunction, fallback: string): string {
  if (!isApiError(error)) return fallback;
  if (error.code === 'network_error') return t('review.errors.network');
  if (error.status === 401) return t('review.errors.signedOut');
  if (error.status === 403) return t('review.errors.forbidden');
  if (error.code === 'version_conflict') return t('review.errors.versionConflict');
  if (error.code === 'illegal_transition') return t('review.errors.stateChanged');
  if (error.code === 'rate_limited') return t('review.errors.rateLimited');
  return fallback;
}
