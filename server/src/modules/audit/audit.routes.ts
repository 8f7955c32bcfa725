import { auditApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import type { AuditQueryService } from './audit.service.ts';

export const auditRoutes = contractRoutes<{ audit: AuditQueryService }>((route, { audit }) => {
  route(auditApi.list, ({ query }) => audit.find(query));
  route(auditApi.exportCsv, async ({ query, reply }) => {
    const csv = await audit.csv(query);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="gci-audit-log.csv"');
    return csv;
  });
});
