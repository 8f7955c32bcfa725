import { PasswordSchema } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';

export type NewPasswordIssue = 'tooShort' | 'tooLong' | 'mismatch';

/**
 * What is wrong with a new password and its confirmation, by the shared `PasswordSchema` (the
 * server's own rule, 12 to 128 characters), before anything is sent.
 */
export function checkNewPassword(password: string, confirmation: string): { password?: NewPasswordIssue; confirmation?: NewPasswordIssue } {
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) return { password: password.length < 12 ? 'tooShort' : 'tooLong' };
  return password === confirmation ? {} : { confirmation: 'mismatch' };
}

/** The form field a server's 400 names (`body.newPassword` → `newPassword`), if any. */
export function fieldOf(error: unknown): string | null {
  if (!isApiError(error) || error.status !== 400 || !error.field) return null;
  return error.field.replace(/^body\./, '').split('.')[0] ?? null;
}

/**
 * How the server refused a new password: the email-name rule, or too easy to guess with zxcvbn's
 * warning and suggestions as keys (worded in the page's language) and its English message to fall back on.
 */
export type NewPasswordRefusal = 'emailName' | { message: string; warning?: string; suggestions: string[] };

/**
 * What to show at the new-password field when the server refused it (a 400 naming `field`). Null
 * when the refusal is elsewhere.
 */
export function passwordRefusalOf(error: unknown, field: string): NewPasswordRefusal | null {
  if (fieldOf(error) !== field || !isApiError(error)) return null;
  const details = (error.details ?? {}) as { reason?: unknown; warning?: unknown; suggestions?: unknown };
  if (details.reason !== 'weak_password') return 'emailName';
  const suggestions = Array.isArray(details.suggestions) ? details.suggestions.filter((s): s is string => typeof s === 'string') : [];
  return { message: error.message, ...(typeof details.warning === 'string' ? { warning: details.warning } : {}), suggestions };
}
