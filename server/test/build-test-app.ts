import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { DatabaseHandle } from '../src/db/database.ts';

export const TEST_CONFIG = {
  logLevel: 'silent',
  serveWeb: false,
  webDist: '',
  trustProxy: false,
  cookieSecure: false,
  requestTimeoutMs: 30_000,
} as const;

/** The real application over a real test database; use `app.inject`. */
export async function buildTestApp(handle: DatabaseHandle, overrides: Partial<typeof TEST_CONFIG> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config: { ...TEST_CONFIG, ...overrides } });
  await app.ready();
  return app;
}
