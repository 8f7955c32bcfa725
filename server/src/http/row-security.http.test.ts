import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type * as FactoriesModule from '../../test/factories.ts';
import type { Session } from '../../test/factories.ts';
import type { AppDb, DatabaseHandle } from '../db/database.ts';
import type * as Scope from '../modules/assessments/scope.ts';

// The bug this wall is for: a service that forgets the country check. Here every service loads
// assessments without it, so only row-level security stands between France and Kenya's answers.
vi.mock('../modules/assessments/scope.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Scope>();
  const { findAssessment } = await import('../modules/assessments/assessments.repository.ts');
  const { notFound } = await import('../errors.ts');
  return {
    ...actual,
    loadScopedAssessment: async (db: Parameters<typeof findAssessment>[0], _auth: unknown, id: string, options?: { forUpdate?: boolean }) => {
      const assessment = await findAssessment(db, id, options);
      if (!assessment) throw notFound('Assessment');
      return assessment;
    },
  };
});

const MARKER = 'RLS-HTTP-MARKER-KEN';
/** the test factories, loaded with the app under the mock (see beforeAll) */
let make: typeof FactoriesModule;

describe('row-level security behind a service that forgot its country check', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  /** the same application on the owner's connection: what the platform would be without the wall */
  let unwalled: FastifyInstance;
  let kenAssessment: string;
  let evidenceId: string;

  beforeAll(async () => {
    // The server suites share modules between files (isolate: false), so the app may already be loaded
    // with the real scope: it loads afresh for the mock above to apply, and with it everything that
    // touches it (row-scope.ts keeps the request's scope in an AsyncLocalStorage the handle and the app share).
    vi.resetModules();
    make = await import('../../test/factories.ts');
    const { createTestDb } = await import('../../test/test-db.ts');
    const { buildTestApp, TEST_CONFIG, TEST_INSTRUMENTS } = await import('../../test/build-test-app.ts');
    const { buildApp } = await import('../app.ts');
    handle = await createTestDb();
    const { db } = handle;
    app = await buildTestApp(handle);
    unwalled = await buildApp({ db: db as AppDb, dbKind: handle.kind, config: TEST_CONFIG, ...TEST_INSTRUMENTS });
    await unwalled.ready();
    await make.createCountry(db, 'KEN');
    await make.createCountry(db, 'FRA');
    const { id: versionId } = await make.createPublishedMethodology(db);
    const cycle = await make.createCycle(db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'] });
    kenAssessment = cycle.assessments.KEN!;
    await make.insertAnswer(db, { assessmentId: kenAssessment, questionKey: 'legal.spam', value: 'in_place' });
    const answer = await make.insertAnswer(db, { assessmentId: kenAssessment, questionKey: 'legal.spam_detail', value: `${MARKER} detail` });
    evidenceId = await make.insertFileEvidence(db, answer.id, new TextEncoder().encode(`%PDF-1.4 ${MARKER}`));
    await db
      .insertInto('answerHistory')
      .values({ answerId: answer.id, assessmentId: kenAssessment, questionKey: 'legal.spam_detail', version: 1, after: JSON.stringify(`${MARKER} detail`) })
      .execute();
  });
  afterAll(async () => {
    await app?.close();
    await unwalled?.close();
    await handle?.close();
  });

  /** Kenyan objects, and whether the marker is in what they show */
  const reads = (): [string, boolean][] => [
    [`/api/assessments/${kenAssessment}`, true],
    [`/api/assessments/${kenAssessment}/answers/legal.spam_detail/history`, true],
    [`/api/assessments/${kenAssessment}/submission-check`, false],
    [`/api/evidence/${evidenceId}/download`, true],
  ];
  const get = (target: FastifyInstance, session: Session, url: string) => target.inject({ method: 'GET', url, headers: session.headers });

  it("answers France's focal point 404 for every Kenyan object, where the unwalled server leaks them", async () => {
    const france = await make.createUser(handle.db, 'focal_point', 'FRA');
    const walled = await make.signIn(app, france);
    const open = await make.signIn(unwalled, france);
    for (const [url, showsMarker] of reads()) {
      const res = await get(app, walled, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain(MARKER);
      // the control: without row-level security, the forgotten check hands Kenya's data over
      const leaked = await get(unwalled, open, url);
      expect(leaked.statusCode, url).toBe(200);
      if (showsMarker) expect(leaked.rawPayload.toString('latin1'), url).toContain(MARKER);
    }
  });

  it("refuses France's write to a Kenyan answer and changes nothing", async () => {
    const france = await make.signIn(app, await make.createUser(handle.db, 'focal_point', 'FRA'));
    const before = await handle.db.selectFrom('answers').selectAll().where('assessmentId', '=', kenAssessment).orderBy('questionKey').execute();
    const res = await make.saveAnswer(app, france, kenAssessment, 'legal.spam_detail', { value: 'overwritten by France', baseVersion: 1 });
    expect(res.statusCode).toBe(404);
    expect(await handle.db.selectFrom('answers').selectAll().where('assessmentId', '=', kenAssessment).orderBy('questionKey').execute()).toEqual(before);
  });

  it("still serves Kenya's own team and the staff", async () => {
    const kenya = await make.signIn(app, await make.createUser(handle.db, 'focal_point', 'KEN'));
    const reviewer = await make.signIn(app, await make.createUser(handle.db, 'reviewer'));
    for (const session of [kenya, reviewer]) {
      for (const [url] of reads()) expect((await get(app, session, url)).statusCode, url).toBe(200);
    }
    const saved = await make.saveAnswer(app, kenya, kenAssessment, 'legal.spam_detail', { value: 'updated by Kenya', baseVersion: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
  });
});
