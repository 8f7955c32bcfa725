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
