import { sql } from 'kysely';
import { systemApi } from '@gci/shared';
import type { Db, DbKind } from '../../db/database.ts';
import { contractRoutes } from '../../http/contract-routes.ts';

const VERSION = '0.1.0';

/** Liveness and database readiness: 200 when the database answers, 503 (with Retry-After) when it does not. */
export const healthRoutes = contractRoutes<{ db: Db; dbKind: DbKind }>((route, { db, dbKind }) => {
  route(systemApi.health, async ({ reply }) => {
    const started = performance.now();
    try {
      await sql`select 1`.execute(db);
      return { status: 'ok', database: { kind: dbKind, ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 }, version: VERSION };
    } catch {
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ status: 'degraded', database: { kind: dbKind, ok: false }, version: VERSION });
    }
  });
});
