import { usersApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { UsersService } from './users.service.ts';

export const usersRoutes = contractRoutes<{ users: UsersService }>((route, { users }) => {
  route(usersApi.list, ({ auth, query }) => users.list(auth, query));
  route(usersApi.create, ({ auth, body, ip }) => users.create(auth, body, ip));
  route(usersApi.invite, ({ auth, body, ip }) => users.invite(auth, body, ip));
  route(usersApi.resendInvitation, ({ auth, params, ip }) => users.resendInvitation(auth, params.userId, ip));
  route(usersApi.update, async ({ auth, params, body, ip }) => ({ user: await users.update(auth, params.userId, body, ip) }));
});
