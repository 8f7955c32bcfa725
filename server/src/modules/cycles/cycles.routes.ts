import { cyclesApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { CyclesService } from './cycles.service.ts';

export const cyclesRoutes = contractRoutes<{ cycles: CyclesService }>((route, { cycles }) => {
  route(cyclesApi.list, async () => ({ cycles: await cycles.list() }));
});
