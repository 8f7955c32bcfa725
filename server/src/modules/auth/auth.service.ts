import { MFA_REQUIRED_ROLES, type AccountLink, type LoginBody, type RedeemLinkBody } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { UserRow } from '../../db/tables.ts';
import { AppError, badRequest, conflict, unauthenticated } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import { issueAccountLink, type QueueAccountMail } from './account-links.ts';
import { claimAccountToken, countRecentTokens, findAccountToken } from './account-tokens.repository.ts';
import {
  adminExists,
  claimRecoveryCode,
  claimTotpStep,
  clearSecondFactorFailures,
  recordSecondFactorFailure,
  enableTotp,
  findUserByEmail,
  findUserById,
  insertFirstAdmin,
  recordSignIn,
  setTotpSecret,
  updatePasswordHash,
} from './auth.repository.ts';
import { loginRetryAfter, recordLoginAttempt, secondFactorDelayMs, SESSION_CODE_ATTEMPTS } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { assertStrongPassword } from './password-strength.ts';
import { createSession, endSession, endUserSessions, type ResolvedSession } from './sessions.ts';
import { hashToken, newRecoveryCode, normalizeRecoveryCode } from './tokens.ts';
import { newTotpSecret, otpauthUrl, verifyTotp } from './totp.ts';

// Verifying against a real hash when the account does not exist keeps the timing of both failures alike.
const DUMMY_HASH = hashPassword('not-a-real-password-for-timing');
const BAD_CREDENTIALS = new AppError(401, 'unauthenticated', 'The email or password is not correct');

const LINK_GONE = new AppError(410, 'link_expired', 'This link was used already, was replaced by a newer one, or has expired; ask for a new one');
/** Reset links one account may be sent in an hour: enough for a lost mail, too few to flood an inbox. */
const RESETS_PER_HOUR = 3;

const needsSecondFactor = (user: UserRow) => user.totpEnabledAt !== null || MFA_REQUIRED_ROLES.includes(user.role);

/** Who signs in, from where: kept with the session and in the audit log. */
export interface Client {
  ip: string;
  userAgent: string | null;
}

export function createAuthService({
  db,
  now,
  publicUrl = 'http://localhost:3000',
  queueAccountMail = () => Promise.resolve(),
}: {
  db: Db;
  now: () => Date;
  publicUrl?: string;
  queueAccountMail?: QueueAccountMail;
}) {
  return {
    /** Password step. A new session every time (no fixation); the second factor, when due, completes it. */
    async login(body: LoginBody, client: Client): Promise<{ token: string; resolved: ResolvedSession }> {
      const at = now();
      const retryAfter = await loginRetryAfter(db, body.email, client.ip, at);
      if (retryAfter > 0) {
        throw new AppError(429, 'rate_limited', 'Too many failed sign-in attempts; please wait before trying again', {
          headers: { 'retry-after': String(retryAfter) },
        });
      }
      const user = await findUserByEmail(db, body.email);
      const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), body.password);
      // an invitation not yet accepted has no password of its owner's: it cannot sign in
      if (!user || !ok || user.disabledAt || !user.activatedAt) {
        await recordLoginAttempt(db, { email: body.email, ip: client.ip, succeeded: false, now: at });
        await recordAudit(
          db,
          {
            actor: user ? { id: user.id, email: user.email } : null,
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: user?.id,
            after: { email: body.email },
            ip: client.ip,
          },
          at,
        );
        throw BAD_CREDENTIALS;
      }
      await recordLoginAttempt(db, { email: body.email, ip: client.ip, succeeded: true, now: at });
      await recordSignIn(db, user.id, at);
      const { token, session } = await createSession(db, {
        userId: user.id,
        mfaVerified: !needsSecondFactor(user),
        ip: client.ip,
        userAgent: client.userAgent,
        now: at,
      });
      await recordAudit(
        db,
        {
          actor: user,
          action: 'auth.login',
          entityType: 'session',
          entityId: session.id,
          country: user.countryIso3,
          after: { secondFactorDue: !session.mfaVerified },
          ip: client.ip,
        },
        at,
      );
      return { token, resolved: { session, user } };
    },

    async logout(resolved: ResolvedSession, ip: string | null = null): Promise<void> {
      await recordAudit(db, { actor: resolved.user, action: 'auth.logout', entityType: 'session', entityId: resolved.session.id, ip }, now());
      await endSession(db, resolved.session.id);
    },

    /**
     * Second step: a TOTP code (once only) or a recovery code (each once). Rotates the session token.
     * Guessing is bounded: a few wrong codes end the pending session (the password is asked again),
     * the account waits longer after each wrong code whatever the session, and each one is audited.
     */
    async verifySecondFactor(resolved: ResolvedSession, input: { code?: string; recoveryCode?: string }, client: Client) {
      const { user, session } = resolved;
      if (!user.totpEnabledAt || !user.totpSecret) throw conflict('Two-factor authentication is not set up for this account yet');
      const at = now();
      if (user.mfaRetryAt && new Date(user.mfaRetryAt) > at) {
        const seconds = Math.ceil((new Date(user.mfaRetryAt).getTime() - at.getTime()) / 1000);
        throw new AppError(429, 'rate_limited', `Too many wrong codes; try again in ${seconds} s`, { headers: { 'retry-after': String(seconds) } });
      }
      // Each use is claimed by one conditional UPDATE: of two sign-ins racing with the same code, one wins.
      const step = input.code ? verifyTotp(user.totpSecret, input.code, at) : null;
      const ok = input.code
        ? step !== null && (await claimTotpStep(db, user.id, step))
        : await claimRecoveryCode(db, user.id, hashToken(normalizeRecoveryCode(input.recoveryCode ?? '')));
      if (!ok) {
        const failed = await recordSecondFactorFailure(db, { sessionId: session.id, userId: user.id, at, delayMs: secondFactorDelayMs });
        await recordAudit(
          db,
          {
            actor: user,
            action: 'auth.second_factor_failed',
            entityType: 'session',
            entityId: session.id,
            country: user.countryIso3,
            after: { method: input.code ? 'totp' : 'recovery_code', sessionFailures: failed.sessionFailures, accountFailures: failed.accountFailures },
            ip: client.ip,
          },
          at,
        );
        if (failed.sessionFailures >= SESSION_CODE_ATTEMPTS) {
          await endSession(db, session.id);
          throw unauthenticated('Too many wrong codes: sign in again with your password');
        }
        throw input.code
          ? badRequest('The code is not valid; use the newest code from your app', 'body.code')
          : badRequest('The recovery code is not valid', 'body.recoveryCode');
      }
      if (user.mfaFailures > 0) await clearSecondFactorFailures(db, user.id);
      return rotate(resolved, client);
    },

    /** Starts enrolment: a new secret, shown once, effective when a first code confirms it. */
    async startMfaSetup(resolved: ResolvedSession): Promise<{ secret: string; otpauthUrl: string }> {
      if (resolved.user.totpEnabledAt) throw conflict('Two-factor authentication is already set up');
      const secret = newTotpSecret();
      await setTotpSecret(db, resolved.user.id, secret);
      return { secret, otpauthUrl: otpauthUrl(secret, resolved.user.email) };
    },

    async confirmMfaSetup(resolved: ResolvedSession, code: string, client: Client) {
      const user = await findUserById(db, resolved.user.id);
      if (!user) throw unauthenticated();
      if (user.totpEnabledAt) throw conflict('Two-factor authentication is already set up');
      if (!user.totpSecret) throw conflict('Start the set-up first');
      const step = verifyTotp(user.totpSecret, code, now());
      if (step === null) {
        // a wrong code at enrolment is a failed second factor too: the audit log shows every one
        await recordAudit(
          db,
          {
            actor: user,
            action: 'auth.second_factor_failed',
            entityType: 'session',
            entityId: resolved.session.id,
            country: user.countryIso3,
            after: { method: 'totp_enrolment' },
            ip: client.ip,
          },
          now(),
        );
        throw badRequest('The code is not valid; check the time on your device', 'body.code');
      }
      const recoveryCodes = Array.from({ length: 10 }, newRecoveryCode);
      const recoveryCodeHashes = recoveryCodes.map((c) => hashToken(normalizeRecoveryCode(c)));
      const updated = await enableTotp(db, user.id, { secret: user.totpSecret, step, recoveryCodeHashes, at: now() });
      if (!updated) throw conflict('Two-factor authentication was set up or restarted meanwhile; start again');
      const rotated = await rotate({ session: resolved.session, user: updated }, client);
      return { ...rotated, recoveryCodes };
    },

    async changePassword(resolved: ResolvedSession, input: { currentPassword: string; newPassword: string }, ip: string | null = null): Promise<void> {
      if (!(await verifyPassword(resolved.user.passwordHash, input.currentPassword))) {
        throw badRequest('The current password is not correct', 'body.currentPassword');
      }
      assertStrongPassword(input.newPassword, resolved.user, 'body.newPassword', 'The new password');
      await updatePasswordHash(db, resolved.user.id, await hashPassword(input.newPassword), now());
      await endUserSessions(db, resolved.user.id, resolved.session.id);
      await recordAudit(db, { actor: resolved.user, action: 'auth.password_changed', entityType: 'user', entityId: resolved.user.id, ip }, now());
    },

    /**
     * Mails a reset link when the email belongs to an active account, at most three an hour; the
     * caller learns nothing either way (the route answers 202 whatever happens here).
     */
    async requestPasswordReset(email: string, ip: string | null): Promise<void> {
      const at = now();
      const user = await findUserByEmail(db, email);
      if (!user || user.disabledAt) return;
      if ((await countRecentTokens(db, 'password_reset', user.id, new Date(at.getTime() - 3_600_000))) >= RESETS_PER_HOUR) return;
      await db.transaction().execute(async (trx) => {
        const link = await issueAccountLink(trx, { purpose: 'password_reset', userId: user.id, createdBy: null, publicUrl, now: at });
        await queueAccountMail(trx, { to: user, kind: 'password_reset', link: link.url, expiresAt: link.expiresAt }, at);
        await recordAudit(trx, { actor: null, action: 'auth.password_reset_requested', entityType: 'user', entityId: user.id, ip }, at);
      });
    },

    /** What a link is for, for the page that redeems it; 410 when it no longer works. */
    async inspectLink(token: string): Promise<AccountLink> {
      const link = await findAccountToken(db, hashToken(token));
      if (!link || link.usedAt || link.expiresAt <= now() || link.disabledAt) throw LINK_GONE;
      if (link.purpose === 'setup' && (await adminExists(db))) throw LINK_GONE;
      return { purpose: link.purpose, email: link.email, name: link.name, expiresAt: link.expiresAt.toISOString() };
    },

    /**
     * Sets a password through a link, in one transaction: the link is claimed (of two racing
     * redeems, one wins), the password set, every session of the account ended. The setup link
     * creates the first admin instead, and only while there is none.
     */
    async redeemLink(body: RedeemLinkBody, ip: string | null): Promise<void> {
      const at = now();
      const passwordHash = await hashPassword(body.password);
      await db.transaction().execute(async (trx) => {
        const link = await findAccountToken(trx, hashToken(body.token));
        if (!link || link.disabledAt || !(await claimAccountToken(trx, link.id, at))) throw LINK_GONE;
        if (link.purpose === 'setup') {
          if (!body.email) throw badRequest('Give the email of the first administrator', 'body.email');
          if (!body.name) throw badRequest('Give the name of the first administrator', 'body.name');
          if (await adminExists(trx)) throw LINK_GONE;
          if (await findUserByEmail(trx, body.email)) throw conflict(`An account for ${body.email} already exists`);
          assertStrongPassword(body.password, { email: body.email, name: body.name }, 'body.password');
          const admin = await insertFirstAdmin(trx, { email: body.email, name: body.name, passwordHash, at });
          await recordAudit(
            trx,
            {
              actor: admin,
              action: 'user.created',
              entityType: 'user',
              entityId: admin.id,
              after: { email: admin.email, role: 'admin', via: 'setup_link' },
              ip,
            },
            at,
          );
          return;
        }
        const userId = link.userId!;
        assertStrongPassword(body.password, { email: link.email!, name: link.name }, 'body.password');
        await updatePasswordHash(trx, userId, passwordHash, at);
        await endUserSessions(trx, userId);
        const action = link.purpose === 'invitation' ? 'user.invitation_accepted' : 'auth.password_reset';
        await recordAudit(trx, { actor: { id: userId, email: link.email! }, action, entityType: 'user', entityId: userId, ip }, at);
      });
    },
  };

  /** A privilege change gets a new token (ASVS V7.2.4): the old cookie stops working. */
  async function rotate(resolved: ResolvedSession, client: Client) {
    await endSession(db, resolved.session.id);
    const { token, session } = await createSession(db, { userId: resolved.user.id, mfaVerified: true, ip: client.ip, userAgent: client.userAgent, now: now() });
    return { token, resolved: { session, user: resolved.user } };
  }
}
export type AuthService = ReturnType<typeof createAuthService>;
