import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { CycleDetail } from '@gci/shared';
import type { DatabaseHandle } from '../src/db/database.ts';
import { buildTestApp } from './build-test-app.ts';
import { testClock, type TestClock } from './clock.ts';
import { createCountry, createPublishedMethodology, createUser, signIn, type Session, type TestUser } from './factories.ts';
import { createTestDb } from './test-db.ts';

export const DAY = 86_400_000;

/** The cycle tests' world: three countries, a published methodology, staff, a focal point per country, a clock that moves when told. */
export interface CycleWorld {
  handle: DatabaseHandle;
  app: FastifyInstance;
  clock: TestClock;
  methodologyVersionId: string;
  users: { admin: TestUser; analyst: TestUser; reviewer: TestUser; KEN: TestUser; FRA: TestUser; BRA: TestUser };
  /** a session of that user, signed in at the clock's time (sessions expire when the clock moves on a day) */
  as(who: keyof CycleWorld['users']): Promise<Session>;
  call(session: Session | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** a draft through the API, its dates around the clock's time unless overridden */
  createDraft(overrides?: Record<string, unknown>): Promise<CycleDetail>;
  close(): Promise<void>;
}

export async function createCycleWorld(): Promise<CycleWorld> {
  const handle = await createTestDb();
  // Years count per world (per database), so the suite can share modules between files.
  let nextYear = 2040;
  const clock = testClock();
  const app = await buildTestApp(handle, { now: clock.now });
  for (const c of ['KEN', 'FRA', 'BRA'] as const) await createCountry(handle.db, c);
  const { id: methodologyVersionId } = await createPublishedMethodology(handle.db);
  const users = {
    admin: await createUser(handle.db, 'admin'),
    analyst: await createUser(handle.db, 'analyst'),
    reviewer: await createUser(handle.db, 'reviewer'),
    KEN: await createUser(handle.db, 'focal_point', 'KEN'),
    FRA: await createUser(handle.db, 'focal_point', 'FRA'),
    BRA: await createUser(handle.db, 'focal_point', 'BRA'),
  };
  const sessions = new Map<string, { at: number; session: Session }>();
  const as = async (who: keyof typeof users) => {
    const cached = sessions.get(who);
    if (cached && cached.at === clock.now().getTime()) return cached.session;
    const session = await signIn(app, users[who], clock.now());
    sessions.set(who, { at: clock.now().getTime(), session });
    return session;
  };
  const call: CycleWorld['call'] = (session, method, url, payload) =>
    app.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
  return {
    handle,
    app,
    clock,
    methodologyVersionId,
    users,
    as,
    call,
    async createDraft(overrides = {}) {
      const t = clock.now().getTime();
      const res = await call(await as('admin'), 'POST', '/api/cycles', {
        year: nextYear++,
        name: 'A cycle',
        methodologyVersionId,
        opensAt: new Date(t - DAY).toISOString(),
        closesAt: new Date(t + 30 * DAY).toISOString(),
        validationClosesAt: new Date(t + 60 * DAY).toISOString(),
        participants: ['KEN', 'FRA', 'BRA'],
        ...overrides,
      });
      if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
      return res.json<CycleDetail>();
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
