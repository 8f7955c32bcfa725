/**
 * What a page that sends the reader to sign in passes along in the history state (not the
 * address, which would keep the email in logs and history): a message and the email to prefill.
 */
export interface SignInNotice {
  notice: 'password_set';
  email: string | null;
}

export function readSignInNotice(state: unknown): SignInNotice | null {
  if (typeof state !== 'object' || state === null) return null;
  const { notice, email } = state as Record<string, unknown>;
  if (notice !== 'password_set') return null;
  return { notice, email: typeof email === 'string' ? email : null };
}
