import { notificationsApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { NotificationsService } from './notifications.service.ts';

export const notificationsRoutes = contractRoutes<{ notifications: NotificationsService }>((route, { notifications }) => {
  route(notificationsApi.list, ({ auth, query }) => notifications.list(auth, query));
  route(notificationsApi.markRead, ({ auth, body }) => notifications.markRead(auth, body.id));
});
