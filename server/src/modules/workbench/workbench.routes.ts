import { workbenchApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { WorkbenchService } from './workbench.service.ts';

export const workbenchRoutes = contractRoutes<{ workbench: WorkbenchService }>((route, { workbench }) => {
  route(workbenchApi.getData, ({ params, query }) => workbench.data(params.year, query.version));
  route(workbenchApi.getBackcast, ({ params, query }) => workbench.backcast(params.year, query.version));
  route(workbenchApi.listScenarios, async () => ({ scenarios: await workbench.listScenarios() }));
  route(workbenchApi.getScenario, ({ params }) => workbench.getScenario(params.scenarioId));
  route(workbenchApi.saveScenario, async ({ auth, body, ip }) => ({ id: await workbench.saveScenario(auth, body, ip) }));
});
