import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Methodology } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  insertAnswer,
  signIn,
  toyMethodology,
  type Session,
} from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

/**
 * The minimum coverage of the 'exclude' policy, through the stored version and the provisional
 * result (issue 20.5). The toy has two pillars of equal weight: legal (law, spam; a text question)
 * and technical (cirt, staff, tools, weights 1 each). Worked by hand:
 * - legal fully answered and perfect, technical not answered at all: without a minimum the empty
 *   pillar is left out (100); with 50 % it scores 0 (50).
 * - technical with cirt and staff answered (full marks), tools not: it covers 2/3 of its weight;
 *   at a minimum of exactly 2/3 that counts (100), at 70 % tools scores 0 (technical 2/3 → 83.33).
 */
describe('minimum coverage in the provisional result', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let reviewer: Session;
  let country = 0;
  const COUNTRIES = ['KEN', 'EGY', 'FRA', 'BRA', 'IND'] as const;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    for (const c of COUNTRIES) await createCountry(handle.db, c);
    reviewer = await signIn(app, await createUser(handle.db, 'reviewer'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  /** A published version with the setting, a cycle, one assessment with the answers; its provisional result. */
  async function resultOf(settings: Partial<Methodology>, answers: Record<string, unknown>) {
    const { id: versionId } = await createPublishedMethodology(handle.db, { ...toyMethodology(), ...settings });
    const iso3 = COUNTRIES[country++]!;
    const assessmentId = (await createCycle(handle.db, { methodologyVersionId: versionId, countries: [iso3] })).assessments[iso3]!;
    for (const [questionKey, value] of Object.entries(answers)) await insertAnswer(handle.db, { assessmentId, questionKey, value });
    const res = await app.inject({ method: 'GET', url: `/api/assessments/${assessmentId}/provisional-result`, headers: reviewer.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const LEGAL = { 'legal.law': true, 'legal.spam': 'in_place' };
  const PARTIAL = { ...LEGAL, 'technical.cirt': 'national', 'technical.staff': 50 };

  it('a strong country that drops a pillar no longer gets 100, and the trace says why', async () => {
    const off = await resultOf({ missingPolicy: 'exclude' }, LEGAL);
    expect(off.overall).toBe(100);
    expect(off.minCoverage).toBe(0);
    const on = await resultOf({ missingPolicy: 'exclude', minCoverage: 0.5 }, LEGAL);
    expect(on.overall).toBeCloseTo(50, 10);
    expect(on.minCoverage).toBe(0.5);
    expect(on.pillars.map((p: { key: string; normalized: number }) => [p.key, p.normalized])).toEqual([
      ['legal', 1],
      ['technical', 0],
    ]);
    expect(on.questions.find((q: { key: string }) => q.key === 'technical.cirt')).toMatchObject({
      status: 'missing',
      points: 0,
      zeroedByCoverage: 'technical',
    });
    expect(on.questions.find((q: { key: string }) => q.key === 'legal.law')).toMatchObject({ status: 'answered', zeroedByCoverage: null });
  });

  it('coverage exactly at the minimum counts; just above it, the missing answer scores 0; 0 disables', async () => {
    expect((await resultOf({ missingPolicy: 'exclude', minCoverage: 2 / 3 }, PARTIAL)).overall).toBeCloseTo(100, 10);
    expect((await resultOf({ missingPolicy: 'exclude', minCoverage: 0.7 }, PARTIAL)).overall).toBeCloseTo(50 + 50 * (2 / 3), 10);
    expect((await resultOf({ missingPolicy: 'exclude', minCoverage: 0 }, PARTIAL)).overall).toBeCloseTo(100, 10);
  });
});
