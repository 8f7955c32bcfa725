import { assessmentsApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { sendExport } from '../../lib/spreadsheet.ts';
import type { AssessmentsService } from './assessments.service.ts';
import type { TransitionsService } from './transitions.service.ts';

export const assessmentsRoutes = contractRoutes<{ assessments: AssessmentsService; transitions: TransitionsService }>((route, { assessments, transitions }) => {
  route(assessmentsApi.list, async ({ auth, query }) => ({ assessments: await assessments.list(auth, { cycleYear: query.cycle, country: query.country }) }));
  route(assessmentsApi.detail, ({ auth, params, query }) => assessments.detail(auth, params.assessmentId, query.lang));
  route(assessmentsApi.submissionCheck, ({ auth, params }) => assessments.submissionCheck(auth, params.assessmentId));
  route(assessmentsApi.prefill, ({ auth, params, ip }) => assessments.prefill(auth, params.assessmentId, ip));
  route(assessmentsApi.declinePrefill, ({ auth, params, ip }) => assessments.declinePrefill(auth, params.assessmentId, ip));
  route(assessmentsApi.submit, ({ auth, params, ip }) => transitions.submit(auth, params.assessmentId, ip));
  route(assessmentsApi.transition, async ({ auth, params, body, ip }) => ({ status: await transitions.apply(auth, params.assessmentId, body, ip) }));
  route(assessmentsApi.exportXlsx, async ({ auth, params, query, reply }) =>
    sendExport(reply, await assessments.exportQuestionnaire(auth, params.assessmentId, query.lang, 'xlsx')),
  );
  route(assessmentsApi.exportCsv, async ({ auth, params, query, reply }) =>
    sendExport(reply, await assessments.exportQuestionnaire(auth, params.assessmentId, query.lang, 'csv')),
  );
  route(assessmentsApi.setDeadline, ({ auth, params, body, ip }) => transitions.setDeadline(auth, params.assessmentId, body.deadline, ip));
});
