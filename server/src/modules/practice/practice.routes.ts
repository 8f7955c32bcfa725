import { practiceApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { sendAttachment } from '../evidence/evidence.routes.ts';
import type { PracticeService } from './practice.service.ts';

/** Consent and confirmation of evidence for the library of national practice, and the library itself (public). */
export const practiceRoutes = contractRoutes<{ practice: PracticeService }>((route, { practice }) => {
  route(practiceApi.setSharing, ({ auth, params, body, ip }) => practice.setSharing(auth, params.evidenceId, body, ip));
  route(practiceApi.confirmSharing, ({ auth, params, body, ip }) => practice.confirm(auth, params.evidenceId, body.confirmed, ip));
  route(practiceApi.search, ({ query }) => practice.search(query));
  route(practiceApi.examples, ({ params, query }) => practice.examples({ ...params, indicators: query.indicators }));
  route(practiceApi.downloadFile, async ({ params, reply }) => sendAttachment(reply, await practice.file(params.evidenceId)));
});
