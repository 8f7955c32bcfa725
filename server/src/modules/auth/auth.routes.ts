import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChangePasswordBodySchema,
  ErrorBodySchema,
  LoginBodySchema,
  MfaBodySchema,
  MfaSetupSchema,
  SessionInfoSchema,
  TotpCodeSchema,
} from '@gci/shared';
import { requireAuth, type SessionCookie } from '../../http/authenticate.ts';
import { sessionInfo, type AuthService } from './auth.service.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 409: ErrorBodySchema, 429: ErrorBodySchema };
const client = (request: { ip: string; headers: Record<string, unknown> }) => ({
  ip: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService; cookie: SessionCookie }> = async (app, { auth, cookie }) => {
  const tags = ['auth'];

  app.post(
    '/api/auth/login',
    { schema: { tags, summary: 'Sign in with email and password', body: LoginBodySchema, response: { 200: SessionInfoSchema, ...errors } } },
    async (request, reply) => {
      const { token, resolved } = await auth.login(request.body, client(request));
      cookie.set(reply, token);
      // The answer carries the session's CSRF token: no cache may keep it (ASVS V14.3.2).
      void reply.header('cache-control', 'no-store');
      return sessionInfo(resolved);
    },
  );

  app.get(
    '/api/auth/session',
    { schema: { tags, summary: 'The current session, its stage and CSRF token', response: { 200: SessionInfoSchema, 401: ErrorBodySchema } } },
    async (request) => sessionInfo(requireAuth(request)),
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'End the session on the server', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await auth.logout(requireAuth(request), request.ip);
      cookie.clear(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/mfa/verify',
    { schema: { tags, summary: 'Second step: a TOTP code or a recovery code', body: MfaBodySchema, response: { 200: SessionInfoSchema, ...errors } } },
    async (request, reply) => {
      const { token, resolved } = await auth.verifySecondFactor(requireAuth(request), request.body, client(request));
      cookie.set(reply, token);
      return sessionInfo(resolved);
    },
  );

  app.post(
    '/api/auth/mfa/setup',
    { schema: { tags, summary: 'Start enrolling an authenticator app', response: { 200: MfaSetupSchema, ...errors } } },
    async (request) => auth.startMfaSetup(requireAuth(request)),
  );

  app.post(
    '/api/auth/mfa/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm enrolment with a first code; returns recovery codes, shown once',
        body: z.object({ code: TotpCodeSchema }).strict(),
        response: { 200: SessionInfoSchema.extend({ recoveryCodes: z.array(z.string()) }), ...errors },
      },
    },
    async (request, reply) => {
      const { token, resolved, recoveryCodes } = await auth.confirmMfaSetup(requireAuth(request), request.body.code, client(request));
      cookie.set(reply, token);
      return { ...sessionInfo(resolved), recoveryCodes };
    },
  );

  app.post(
    '/api/auth/password',
    { schema: { tags, summary: 'Change your password (ends your other sessions)', body: ChangePasswordBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await auth.changePassword(requireAuth(request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );
};
