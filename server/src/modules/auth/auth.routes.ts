import type { FastifyRequest } from 'fastify';
import { authApi } from '@gci/shared';
import type { SessionCookie } from '../../http/authenticate.ts';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { AuthService, Client } from './auth.service.ts';
import { sessionInfo } from './session-info.ts';

const clientOf = (request: FastifyRequest): Client => ({
  ip: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});

export const authRoutes = contractRoutes<{ auth: AuthService; cookie: SessionCookie }>((route, { auth, cookie }) => {
  route(authApi.login, async ({ body, request, reply }) => {
    const { token, resolved } = await auth.login(body, clientOf(request));
    cookie.set(reply, token);
    // The answer carries the session's CSRF token: no cache may keep it (ASVS V14.3.2).
    void reply.header('cache-control', 'no-store');
    return sessionInfo(resolved);
  });

  route(authApi.session, ({ auth: caller }) => sessionInfo(caller));

  route(authApi.logout, async ({ auth: caller, ip, reply }) => {
    await auth.logout(caller, ip);
    cookie.clear(reply);
  });

  route(authApi.verifyMfa, async ({ auth: caller, body, request, reply }) => {
    const { token, resolved } = await auth.verifySecondFactor(caller, body, clientOf(request));
    cookie.set(reply, token);
    return sessionInfo(resolved);
  });

  route(authApi.startMfaSetup, ({ auth: caller }) => auth.startMfaSetup(caller));

  route(authApi.confirmMfaSetup, async ({ auth: caller, body, request, reply }) => {
    const { token, resolved, recoveryCodes } = await auth.confirmMfaSetup(caller, body.code, clientOf(request));
    cookie.set(reply, token);
    return { ...sessionInfo(resolved), recoveryCodes };
  });

  route(authApi.changePassword, ({ auth: caller, body, ip }) => auth.changePassword(caller, body, ip));

  route(authApi.requestPasswordReset, ({ body, ip }) => auth.requestPasswordReset(body.email, ip));
  route(authApi.inspectLink, ({ body }) => auth.inspectLink(body.token));
  route(authApi.redeemLink, ({ body, ip }) => auth.redeemLink(body, ip));
});
