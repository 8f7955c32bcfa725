import { z } from 'zod';
import {
  AccountLinkBodySchema,
  AccountLinkSchema,
  ChangePasswordBodySchema,
  PasswordResetRequestBodySchema,
  RedeemLinkBodySchema,
  LoginBodySchema,
  MfaBodySchema,
  MfaSetupSchema,
  RecoveryCodesSchema,
  SessionInfoSchema,
  TotpCodeSchema,
} from '../schemas/auth.ts';
import { ErrorBodySchema } from '../schemas/error.ts';
import { routeGroup, type RouteDocs, json, noContent, type AnyRoute } from './route.ts';

export const ConfirmMfaBodySchema = z.object({ code: TotpCodeSchema }).strict();

/** The session, now fully signed in, and the recovery codes: shown this once, stored only as hashes. */
export const MfaConfirmedSchema = SessionInfoSchema.extend(RecoveryCodesSchema.shape);
export type MfaConfirmed = z.infer<typeof MfaConfirmedSchema>;

const EXAMPLE_CODE = { code: '492039' };

const docs = {
  login: {
    summary: 'Sign in with email and password',
    description: 'Sets the session cookie (a new session every time). The answer carries the CSRF token for later writes and the stage: a second factor may still be due, or its enrolment.',
    examples: { password: { email: 'focal.ken@example.org', password: 'correct horse battery staple' } },
  },
  getSession: { summary: 'The current session, its stage and CSRF token' },
  logout: { summary: 'End the session on the server and clear its cookie' },
  verifySecondFactor: {
    summary: 'Second step: a TOTP code or a recovery code',
    description: 'Each code works once. The session token is replaced (a new cookie); 409 when the account has no authenticator yet.',
    examples: { code: EXAMPLE_CODE, recoveryCode: { recoveryCode: 'k7m2p-x9q4r' } },
  },
  startMfaSetup: {
    summary: 'Start enrolling an authenticator app',
    description: 'A new secret, effective once a first code confirms it; 409 when an authenticator is already set up.',
  },
  confirmMfaSetup: {
    summary: 'Confirm enrolment with a first code; returns recovery codes, shown once',
    description: 'The session token is replaced (a new cookie); 409 when set-up was not started, or was finished or restarted meanwhile.',
    examples: { code: EXAMPLE_CODE },
  },
  changePassword: {
    summary: 'Change your password (ends your other sessions)',
    description: 'Also the step a session must take first when its password was set by an administrator.',
    examples: { change: { currentPassword: 'correct horse battery staple', newPassword: 'a longer and newer passphrase' } },
  },
  requestPasswordReset: {
    summary: 'Mail a password-reset link (valid 1 hour) to the account with this email, if there is one',
    description: 'The same answer whether or not the email has an account, so the route does not reveal who has one; at most three links an hour for one account.',
    examples: { reset: { email: 'focal.ken@example.org' } },
  },
  inspectAccountLink: {
    summary: 'What a one-time link (invitation, password reset, first setup) is for, and whose account it sets up',
    description: 'The secret travels in the body, never in an address that logs would keep. 410 when the link was used, replaced or has expired.',
  },
  redeemAccountLink: {
    summary: 'Set a password through a one-time link; the first setup link also creates the first admin',
    description:
      'Single use: the link stops working and, for a reset, every session of the account ends. Sign in afterwards (staff then enrol their authenticator). 410 when the link was used, replaced or has expired; 409 when the setup email has an account already.',
    examples: {
      invitation: { token: 'q2Vb3lC8d0yW1bS5dPz6J9nG4rT7uA1eX3kM8hF2cQ0', password: 'a long passphrase of my own' },
      setup: { token: 'q2Vb3lC8d0yW1bS5dPz6J9nG4rT7uA1eX3kM8hF2cQ0', password: 'a long passphrase of my own', email: 'admin@example.org', name: 'Amina Yusuf' },
    },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'auth', access: 'pending', docs });

/** The routes of this room, one a line (what each does for the API document is in `docs` above). */
export const authApi = {
  // one answer for an unknown email and a wrong password, so the route does not reveal which accounts exist
  login: route.post('/api/auth/login', {
    id: 'login',
    access: 'public',
    body: LoginBodySchema,
    responses: {
      200: SessionInfoSchema,
      401: json(ErrorBodySchema, 'The email or password is not correct, or the account is disabled'),
      429: json(ErrorBodySchema, 'Ten failed sign-ins for this account or from this address in 15 minutes; Retry-After says when to try again'),
    },
  }),
  session: route.get('/api/auth/session', { id: 'getSession', responses: { 200: SessionInfoSchema, 401: json(ErrorBodySchema, 'Nobody is signed in (or the session ended)') } }),
  logout: route.post('/api/auth/logout', { id: 'logout', responses: { 204: noContent('Signed out') } }),
  verifyMfa: route.post('/api/auth/mfa/verify', { id: 'verifySecondFactor', body: MfaBodySchema, responses: { 200: SessionInfoSchema }, errors: [409] }),
  startMfaSetup: route.post('/api/auth/mfa/setup', { id: 'startMfaSetup', responses: { 200: MfaSetupSchema }, errors: [409] }),
  confirmMfaSetup: route.post('/api/auth/mfa/confirm', { id: 'confirmMfaSetup', body: ConfirmMfaBodySchema, responses: { 200: MfaConfirmedSchema }, errors: [409] }),
  changePassword: route.post('/api/auth/password', { id: 'changePassword', access: 'verified', body: ChangePasswordBodySchema, responses: { 204: noContent('Changed') } }),
  requestPasswordReset: route.post('/api/auth/password-reset', {
    id: 'requestPasswordReset',
    access: 'public',
    body: PasswordResetRequestBodySchema,
    responses: { 202: noContent('Accepted: a link is on its way if the email has an account') },
  }),
  inspectLink: route.post('/api/auth/links/inspect', { id: 'inspectAccountLink', access: 'public', body: AccountLinkBodySchema, responses: { 200: AccountLinkSchema }, errors: [410] }),
  redeemLink: route.post('/api/auth/links/redeem', {
    id: 'redeemAccountLink',
    access: 'public',
    body: RedeemLinkBodySchema,
    responses: { 204: noContent('The password is set; sign in with it') },
    errors: [409, 410],
  }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const authComponents: Readonly<Record<string, z.ZodType>> = { SessionInfo: SessionInfoSchema };
