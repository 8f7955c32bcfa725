import { methodologyApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { ConsultationService } from './consultation.service.ts';
import type { MethodologyService } from './methodology.service.ts';

export const methodologyRoutes = contractRoutes<{ methodologies: MethodologyService; consultation: ConsultationService }>(
  (route, { methodologies, consultation }) => {
    route(methodologyApi.list, async ({ auth }) => ({ versions: await methodologies.list(auth) }));
    route(methodologyApi.get, ({ auth, params }) => methodologies.get(auth, params.versionId));
    route(methodologyApi.createDraft, async ({ auth, body, ip }) => ({ id: await methodologies.createDraft(auth, body, ip) }));
    route(methodologyApi.save, ({ auth, params, body, ip }) => methodologies.save(auth, params.versionId, body, ip));
    route(methodologyApi.changeStatus, ({ auth, params, body, ip }) => methodologies.changeStatus(auth, params.versionId, body.status, ip));
    route(methodologyApi.diff, ({ auth, params }) => methodologies.diff(auth, params.versionId, params.otherId));

    route(methodologyApi.listConsultation, async ({ auth, params }) => ({ comments: await consultation.list(auth, params.versionId) }));
    route(methodologyApi.comment, async ({ auth, params, body, ip }) => ({ id: await consultation.comment(auth, params.versionId, body, ip) }));
    route(methodologyApi.respond, ({ auth, params, body, ip }) => consultation.respond(auth, params.commentId, body, ip));
  },
);
