import type { SessionInfo, SessionUser } from '@gci/shared';
import type { UserRow } from '../../db/tables.ts';
import type { ResolvedSession, SessionRow } from './sessions.ts';

/** What a user may know of their own account (never the hashes or the TOTP secret). */
export const toSessionUser = (user: UserRow): SessionUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  country: user.countryIso3,
  mfaEnabled: user.totpEnabledAt !== null,
  lead: user.isLead,
});

/** The second factor first (enrolled or not), then a password chosen by someone else, then the platform. */
export function sessionStage(session: SessionRow, user: UserRow): SessionInfo['stage'] {
  if (!session.mfaVerified) return user.totpEnabledAt ? 'mfa_required' : 'mfa_setup_required';
  return user.mustChangePassword ? 'password_change_required' : 'active';
}

export const sessionInfo = ({ session, user }: ResolvedSession): SessionInfo => ({
  user: toSessionUser(user),
  csrfToken: session.csrfToken,
  stage: sessionStage(session, user),
  expiresAt: session.expiresAt.toISOString(),
});
