import { publicationApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { PublicationService } from './publication.service.ts';

export const publicationRoutes = contractRoutes<{ publication: PublicationService }>((route, { publication }) => {
  route(publicationApi.publish, ({ auth, params, body, ip }) => publication.publish(auth, params.cycleId, body, ip));
});
