import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Methodology } from '@gci/shared';
import type { DatabaseHandle } from '../src/db/database.ts';
import { buildTestApp } from './build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, type Session } from './factories.ts';
import { createTestDb } from './test-db.ts';

/** What the methodology, workbench, publication and public tests share: three countries' answers in a cycle ready to publish. */
export interface WorkbenchWorld {
  handle: DatabaseHandle;
  app: FastifyInstance;
  analyst: Session;
  /** Kenya's focal point */
  focal: Session;
  published: { id: string; methodology: Methodology };
  /** in validation with its window over and every country's result final: ready to publish, not yet published */
  cycle: { id: string; year: number; assessments: Record<string, string> };
  call(s: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

const ANSWERS: Record<string, Record<string, unknown>> = {
  KEN: { 'legal.law': true, 'legal.spam': 'in_place', 'technical.cirt': 'national', 'technical.staff': 50, 'technical.tools': ['a', 'b'] },
  FRA: { 'legal.law': true, 'legal.spam': 'partial', 'technical.cirt': 'none', 'technical.staff': 5 },
  BRA: { 'legal.law': false, 'legal.spam': 'absent' },
};

export async function createWorkbenchWorld(): Promise<WorkbenchWorld> {
  const handle = await createTestDb();
  const app = await buildTestApp(handle);
  for (const c of ['KEN', 'FRA', 'BRA'] as const) await createCountry(handle.db, c);
  const published = await createPublishedMethodology(handle.db);
  const cycle = await createCycle(handle.db, {
    methodologyVersionId: published.id,
    countries: ['KEN', 'FRA', 'BRA'],
    status: 'validation',
    closesAt: new Date('2020-06-30T23:59:59Z'),
    validationClosesAt: new Date('2020-07-31T23:59:59Z'),
  });
  await handle.db.updateTable('assessments').set({ status: 'final' }).where('cycleId', '=', cycle.id).execute();
  for (const [iso3, values] of Object.entries(ANSWERS)) {
    const rows = Object.entries(values).map(([questionKey, value]) => ({ assessmentId: cycle.assessments[iso3]!, questionKey, value: JSON.stringify(value) }));
    await handle.db.insertInto('answers').values(rows).execute();
  }
  const analyst = await signIn(app, await createUser(handle.db, 'analyst'));
  const focal = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
  return {
    handle,
    app,
    analyst,
    focal,
    published,
    cycle,
    call: (s, method, url, payload) => app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) }),
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
