import { z } from 'zod';
import { routeGroup, type RouteDocs, json } from './route.ts';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number().optional() }),
  version: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;

const docs = {
  getHealth: {
    summary: 'Health of the server and its database',
    description: 'For load balancers and orchestrators: 200 when the database answers, 503 (with Retry-After) when it does not.',
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'system', access: 'public', docs });

export const systemApi = {
  health: route.get('/api/health', { id: 'getHealth', responses: { 200: HealthSchema, 503: json(HealthSchema, 'The database does not answer') } }),
};
