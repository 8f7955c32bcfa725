import { cyclesApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { CycleStepsService } from './cycle-steps.service.ts';
import type { CyclesService } from './cycles.service.ts';

export const cyclesRoutes = contractRoutes<{ cycles: CyclesService; steps: CycleStepsService }>((route, { cycles, steps }) => {
  route(cyclesApi.list, async () => ({ cycles: await cycles.list() }));
  route(cyclesApi.setup, () => cycles.setup());
  route(cyclesApi.create, ({ auth, body, ip }) => cycles.create(auth, body, ip));
  route(cyclesApi.detail, ({ params }) => cycles.detail(params.cycleId));
  route(cyclesApi.update, ({ auth, params, body, ip }) => cycles.update(auth, params.cycleId, body, ip));
  route(cyclesApi.open, ({ auth, params, ip }) => steps.open(auth, params.cycleId, ip));
  route(cyclesApi.close, ({ auth, params, body, ip }) => steps.close(auth, params.cycleId, body.confirm === true, ip));
  route(cyclesApi.startValidation, ({ auth, params, ip }) => steps.startValidation(auth, params.cycleId, ip));
  route(cyclesApi.endValidation, ({ auth, params, ip }) => steps.endValidation(auth, params.cycleId, ip));
});
