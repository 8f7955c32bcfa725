import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db, DbKind } from '../../db/database.ts';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number().optional() }),
  version: z.string(),
});

/** Liveness and database readiness: 200 when the database answers, 503 (with Retry-After) when it does not. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db; dbKind: DbKind }> = async (app, { db, dbKind }) => {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Health of the server and its database', response: { 200: HealthSchema, 503: HealthSchema } } },
    async (_request, reply) => {
      const started = performance.now();
      try {
        await sql`select 1`.execute(db);
        return { status: 'ok' as const, database: { kind: dbKind, ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 }, version: '0.1.0' };
      } catch {
        void reply.status(503).header('retry-after', '5');
        return { status: 'degraded' as const, database: { kind: dbKind, ok: false }, version: '0.1.0' };
      }
    },
  );
};
