import { z } from 'zod';
import { defineRoute, json } from './route.ts';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number().optional() }),
  version: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;

export const systemApi = {
  health: defineRoute({
    id: 'getHealth',
    method: 'GET',
    path: '/api/health',
    tag: 'system',
    access: 'public',
    summary: 'Health of the server and its database',
    description: 'For load balancers and orchestrators: 200 when the database answers, 503 (with Retry-After) when it does not.',
    responses: { 200: HealthSchema, 503: json(HealthSchema, 'The database does not answer') },
  }),
};
