import { cyclesApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { sendExport } from '../../lib/spreadsheet.ts';
import type { CycleExportService } from './answers-export.ts';

/** A cycle's exports for analysts, as attachments. */
export const cycleExportRoutes = contractRoutes<{ exports: CycleExportService }>((route, { exports }) => {
  route(cyclesApi.exportAnswersXlsx, async ({ params, query, reply }) => sendExport(reply, await exports.answers(params.cycleId, query.lang, 'xlsx')));
  route(cyclesApi.exportAnswersCsv, async ({ params, query, reply }) => sendExport(reply, await exports.answers(params.cycleId, query.lang, 'csv')));
});
