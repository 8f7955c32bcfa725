import { sql } from 'kysely';
import { MFA_REQUIRED_ROLES, type LoginBody, type SessionInfo, type SessionUser } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { recordAudit } from '../audit/audit.ts';
import { loginRetryAfter, recordLoginAttempt } from './login-throttle.ts';
import { createSession, endSession, endUserSessions, type ResolvedSession, type SessionRow } from './sessions.ts';
import { hashToken, newRecoveryCode, normalizeRecoveryCode } from './tokens.ts';
import { newTotpSecret, otpauthUrl, verifyTotp } from './totp.ts';

// Verifying against a real hash when the account does not exist keeps the timing of both failures alike.
const DUMMY_HASH = hashPassword('not-a-real-password-for-timing');
const BAD_CREDENTIALS = new AppError(401, 'unauthenticated', 'The email or password is not correct');

export const toSessionUser = (user: UserRow): SessionUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  country: user.countryIso3,
  mfaEnabled: user.totpEnabledAt !== null,
});

export function sessionStage(session: SessionRow, user: UserRow): SessionInfo['stage'] {
  if (session.mfaVerified) return 'active';
  return user.totpEnabledAt ? 'mfa_required' : 'mfa_setup_required';
}

export const sessionInfo = ({ session, user }: ResolvedSession): SessionInfo => ({
  user: toSessionUser(user),
  csrfToken: session.csrfToken,
  stage: sessionStage(session, user),
  expiresAt: session.expiresAt.toISOString(),
});

const needsSecondFactor = (user: UserRow) => user.totpEnabledAt !== null || MFA_REQUIRED_ROLES.includes(user.role);

export function createAuthService({ db, now }: { db: Db; now: () => Date }) {
  return {
    /** Password step. A new session every time (no fixation); the second factor, when due, completes it. */
    async login(body: LoginBody, client: { ip: string; userAgent: string | null }): Promise<{ token: string; resolved: ResolvedSession }> {
      const at = now();
      const retryAfter = await loginRetryAfter(db, body.email, client.ip, at);
      if (retryAfter > 0) {
        throw new AppError(429, 'rate_limited', 'Too many failed sign-in attempts; please wait before trying again', {
          headers: { 'retry-after': String(retryAfter) },
        });
      }
      const user = await db.selectFrom('users').selectAll().where('email', '=', body.email).executeTakeFirst();
      const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), body.password);
      if (!user || !ok || user.disabledAt) {
        await recordLoginAttempt(db, { email: body.email, ip: client.ip, succeeded: false, now: at });
        await recordAudit(db, { actor: user ? { id: user.id, email: user.email } : null, action: 'auth.login_failed', entityType: 'user', entityId: user?.id, after: { email: body.email }, ip: client.ip }, at);
        throw BAD_CREDENTIALS;
      }
      await recordLoginAttempt(db, { email: body.email, ip: client.ip, succeeded: true, now: at });
      const { token, session } = await createSession(db, { userId: user.id, mfaVerified: !needsSecondFactor(user), ip: client.ip, userAgent: client.userAgent, now: at });
      await recordAudit(db, { actor: user, action: 'auth.login', entityType: 'session', entityId: session.id, country: user.countryIso3, after: { secondFactorDue: !session.mfaVerified }, ip: client.ip }, at);
      return { token, resolved: { session, user } };
    },

    async logout(resolved: ResolvedSession, ip: string | null = null): Promise<void> {
      await recordAudit(db, { actor: resolved.user, action: 'auth.logout', entityType: 'session', entityId: resolved.session.id, ip }, now());
      await endSession(db, resolved.session.id);
    },

    /** Second step: a TOTP code (once only) or a recovery code (each once). Rotates the session token. */
    async verifySecondFactor(resolved: ResolvedSession, input: { code?: string; recoveryCode?: string }, client: { ip: string; userAgent: string | null }) {
      const { user } = resolved;
      if (!user.totpEnabledAt || !user.totpSecret) throw conflict('Two-factor authentication is not set up for this account yet');
      const at = now();
      // Each use is claimed by one conditional UPDATE: of two sign-ins racing with the same code, one wins.
      if (input.code) {
        const step = verifyTotp(user.totpSecret, input.code, at);
        const claimed =
          step !== null &&
          (await db
            .updateTable('users')
            .set({ totpLastStep: step })
            .where('id', '=', user.id)
            .where((eb) => eb.or([eb('totpLastStep', 'is', null), eb('totpLastStep', '<', step)]))
            .returning('id')
            .executeTakeFirst());
        if (!claimed) throw badRequest('The code is not valid; use the newest code from your app', 'body.code');
      } else {
        const hash = hashToken(normalizeRecoveryCode(input.recoveryCode ?? ''));
        const claimed = await db
          .updateTable('users')
          .set({ recoveryCodes: sql`recovery_codes - ${hash}::text` })
          .where('id', '=', user.id)
          .where(sql<boolean>`jsonb_exists(recovery_codes, ${hash}::text)`)
          .returning('id')
          .executeTakeFirst();
        if (!claimed) throw badRequest('The recovery code is not valid', 'body.recoveryCode');
      }
      return rotate(resolved, client);
    },

    /** Starts enrolment: a new secret, shown once, effective when a first code confirms it. */
    async startMfaSetup(resolved: ResolvedSession): Promise<{ secret: string; otpauthUrl: string }> {
      if (resolved.user.totpEnabledAt) throw conflict('Two-factor authentication is already set up');
      const secret = newTotpSecret();
      await db.updateTable('users').set({ totpSecret: secret }).where('id', '=', resolved.user.id).execute();
      return { secret, otpauthUrl: otpauthUrl(secret, resolved.user.email) };
    },

    async confirmMfaSetup(resolved: ResolvedSession, code: string, client: { ip: string; userAgent: string | null }) {
      const user = await db.selectFrom('users').selectAll().where('id', '=', resolved.user.id).executeTakeFirstOrThrow();
      if (user.totpEnabledAt) throw conflict('Two-factor authentication is already set up');
      if (!user.totpSecret) throw conflict('Start the set-up first');
      const step = verifyTotp(user.totpSecret, code, now());
      if (step === null) throw badRequest('The code is not valid; check the time on your device', 'body.code');
      const recoveryCodes = Array.from({ length: 10 }, newRecoveryCode);
      const updated = await db
        .updateTable('users')
        .set({ totpEnabledAt: now(), totpLastStep: step, recoveryCodes: JSON.stringify(recoveryCodes.map((c) => hashToken(normalizeRecoveryCode(c)))) })
        .where('id', '=', user.id)
        .where('totpEnabledAt', 'is', null)
        .where('totpSecret', '=', user.totpSecret)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw conflict('Two-factor authentication was set up or restarted meanwhile; start again');
      const rotated = await rotate({ session: resolved.session, user: updated }, client);
      return { ...rotated, recoveryCodes };
    },

    async changePassword(resolved: ResolvedSession, input: { currentPassword: string; newPassword: string }, ip: string | null = null): Promise<void> {
      if (!(await verifyPassword(resolved.user.passwordHash, input.currentPassword))) {
        throw badRequest('The current password is not correct', 'body.currentPassword');
      }
      if (input.newPassword.toLowerCase().includes(resolved.user.email.split('@')[0]!.toLowerCase())) {
        throw badRequest('The new password must not contain your email name', 'body.newPassword');
      }
      await db.updateTable('users').set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now() }).where('id', '=', resolved.user.id).execute();
      await endUserSessions(db, resolved.user.id, resolved.session.id);
      await recordAudit(db, { actor: resolved.user, action: 'auth.password_changed', entityType: 'user', entityId: resolved.user.id, ip }, now());
    },
  };

  /** A privilege change gets a new token (ASVS V7.2.4): the old cookie stops working. */
  async function rotate(resolved: ResolvedSession, client: { ip: string; userAgent: string | null }) {
    await endSession(db, resolved.session.id);
    const { token, session } = await createSession(db, { userId: resolved.user.id, mfaVerified: true, ip: client.ip, userAgent: client.userAgent, now: now() });
    return { token, resolved: { session, user: resolved.user } };
  }
}
export type AuthService = ReturnType<typeof createAuthService>;
