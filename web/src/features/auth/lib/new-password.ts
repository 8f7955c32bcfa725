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

/** How the server refused a new password: its own rule with words in every language, or its message as sent. */
export type NewPasswordRefusal = 'emailName' | { message: string };

/**
 * What to show at the new-password field when the server refused it (a 400 naming `field`): the
 * email-name rule in the page's language, or the server's explanation (zxcvbn's warning and
 * suggestions, in English) for a password too easy to guess. Null when the refusal is elsewhere.
 */
export function passwordRefusalOf(error: unknown, field: string): NewPasswordRefusal | null {
  if (fieldOf(error) !== field || !isApiError(error)) return null;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return reason === 'weak_password' ? { message: error.message } : 'emailName';
}
