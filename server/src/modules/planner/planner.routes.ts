import { plannerApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { exportFile, sendExport } from '../../lib/spreadsheet.ts';
import type { CatalogueService } from './catalogue.service.ts';
import { demandSheet } from './demand-sheet.ts';
import type { PlannerService } from './planner.service.ts';

/** The capacity-building catalogue, action plans, requests for assistance, peers and demand. */
export const plannerRoutes = contractRoutes<{ catalogue: CatalogueService; planner: PlannerService; now: () => Date }>((route, { catalogue, planner, now }) => {
  route(plannerApi.listProgrammes, () => catalogue.list());
  route(plannerApi.createProgramme, ({ auth, body, ip }) => catalogue.create(auth, body, ip));
  route(plannerApi.updateProgramme, ({ auth, params, body, ip }) => catalogue.update(auth, params.programmeId, body, ip));
  route(plannerApi.deleteProgramme, ({ auth, params, ip }) => catalogue.remove(auth, params.programmeId, ip));
  route(plannerApi.actionPlan, ({ auth, params }) => planner.actionPlan(auth, params.iso3));
  route(plannerApi.listCountryRequests, ({ auth, params }) => planner.countryRequests(auth, params.iso3));
  route(plannerApi.requestAssistance, ({ auth, params, body, ip }) => planner.request(auth, params.iso3, body, ip));
  route(plannerApi.listRequests, () => planner.allRequests());
  route(plannerApi.moveRequest, ({ auth, params, body, ip }) => planner.move(auth, params.requestId, body, ip));
  route(plannerApi.commentRequest, ({ auth, params, body, ip }) => planner.comment(auth, params.requestId, body.body, ip));
  route(plannerApi.listPeerOffers, ({ auth, params }) => planner.peerOffers(auth, params.iso3));
  route(plannerApi.setPeerOffer, ({ auth, params, body, ip }) => planner.setPeerOffer(auth, params.iso3, params.indicatorKey, body.offered, ip));
  route(plannerApi.demand, () => planner.demand());
  route(plannerApi.demandCsv, async ({ reply }) => sendExport(reply, await exportFile(demandSheet(await planner.demand()), 'csv', 'gci-demand', now())));
  route(plannerApi.demandXlsx, async ({ reply }) => sendExport(reply, await exportFile(demandSheet(await planner.demand()), 'xlsx', 'gci-demand', now())));
});
