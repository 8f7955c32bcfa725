import type { TFunction } from 'i18next';
import type { Locale } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';

/** "45 seconds" / "3 minutes" in the reader's language (Intl knows each language's plural rules). */
export function formatWait(seconds: number, locale: Locale): string {
  const [value, unit] = seconds < 120 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * One sentence for a failed sign-in step. Wrong credentials never say which of email or password
 * was wrong, so the page does not reveal which accounts exist.
 */
export function describeAuthError(error: unknown, t: TFunction, locale: Locale, step: 'password' | 'second_factor' = 'password'): string {
  if (!isApiError(error)) return t('auth.errors.unexpected');
  if (error.status === 0) return t('errors.network');
  if (error.status === 429) {
    // Retry-After says when; a minute when a proxy answered without it
    const seconds = error.retryAfterSeconds ?? 60;
    return t('auth.errors.rateLimited', { wait: formatWait(seconds, locale) });
  }
  if (error.status === 401) return step === 'password' ? t('auth.errors.badCredentials') : t('auth.errors.stepExpired');
  if (error.status === 400 && error.field?.startsWith('body.recoveryCode')) return t('auth.errors.badRecoveryCode');
  if (error.status === 400 && error.field?.startsWith('body.code')) return t('auth.errors.badCode');
  return t('auth.errors.unexpected');
}
