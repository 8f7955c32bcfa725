import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../src/app.ts';
import type { DatabaseHandle } from '../src/db/database.ts';
import { checkResponsesAgainstDocument } from './response-conformance.ts';

export const TEST_CONFIG: AppDeps['config'] = {
  logLevel: 'silent',
  serveWeb: false,
  webDist: '',
  trustProxy: false,
  cookieSecure: false,
  requestTimeoutMs: 30_000,
};

export interface TestAppOptions extends Partial<AppDeps['config']> {
  /** the app's clock (sessions, deadlines, TOTP, login throttling); the real one by default */
  now?: () => Date;
}

/** Options every test app gets: each response it sends is checked against the OpenAPI document. */
export const TEST_INSTRUMENTS = { instrument: checkResponsesAgainstDocument } satisfies Partial<AppDeps>;

/** The real application over a real test database; use `app.inject`. */
export async function buildTestApp(handle: DatabaseHandle, { now, ...overrides }: TestAppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp({ db: handle.appDb, dbKind: handle.kind, config: { ...TEST_CONFIG, ...overrides }, now, ...TEST_INSTRUMENTS });
  await app.ready();
  return app;
}
