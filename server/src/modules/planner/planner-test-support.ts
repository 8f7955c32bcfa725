import type { FastifyInstance } from 'fastify';
import type { Methodology, MethodologyNode } from '@gci/shared';
import { buildTestApp } from '../../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  insertAnswer,
  signIn,
  testCountryNames,
  toyMethodology,
  type Session,
} from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { publishCycle } from '../publication/publication.service.ts';

/** A set-up hook builds a database, signs seven people in and publishes a cycle (no assertion depends on how long). */
export const SETUP_MS = 300_000;

const yesNo = (key: string): MethodologyNode => ({
  kind: 'question',
  key,
  order: 1,
  weight: 1,
  texts: { title: { en: key } },
  question: { type: 'yes_no', required: true, evidence: 'optional' },
});
const indicator = (key: string, question: string, order: number): MethodologyNode => ({
  kind: 'indicator',
  key,
  order,
  weight: 1,
  texts: { title: { en: `Indicator ${key}` } },
  children: [yesNo(question)],
});

/**
 * Two pillars of two indicators, one yes/no question each; the technical pillar weighs three times
 * the legal one, so its indicators move a country most towards the next tier.
 */
export function planMethodology(): Methodology {
  const toy = toyMethodology();
  return {
    ...toy,
    pillars: [
      {
        kind: 'pillar',
        key: 'legal',
        order: 1,
        weight: 1,
        texts: { title: { en: 'Legal' } },
        children: [indicator('legal.laws', 'legal.law', 1), indicator('legal.courts', 'legal.court', 2)],
      },
      {
        kind: 'pillar',
        key: 'technical',
        order: 2,
        weight: 3,
        texts: { title: { en: 'Technical' } },
        children: [indicator('technical.response', 'technical.cirt', 1), indicator('technical.tools', 'technical.kit', 2)],
      },
    ],
  };
}

/** Yes/no per question: legal.law, legal.court, technical.cirt, technical.kit. */
const ANSWERS: Record<string, [boolean, boolean, boolean, boolean]> = {
  KEN: [true, false, false, false],
  NGA: [true, true, true, false],
  GHA: [false, false, false, false],
  FRA: [true, true, true, true],
};
const QUESTIONS = ['legal.law', 'legal.court', 'technical.cirt', 'technical.kit'];

export interface PlannerWorld {
  handle: DatabaseHandle;
  app: FastifyInstance;
  cycle: { id: string; year: number; assessments: Record<string, string> };
  /** answer ids by `ISO3:questionKey` */
  answers: Record<string, string>;
  sessions: { ken: Session; nga: Session; gha: Session; fra: Session; reviewer: Session; analyst: Session; admin: Session };
  users: { ken: string; analyst: string; admin: string };
  close(): Promise<void>;
}

/** Kenya, Nigeria, Ghana (Africa) and France (Europe) in a cycle, published unless `publish` is false. */
export async function createPlannerWorld(options: { publish?: boolean } = {}): Promise<PlannerWorld> {
  const handle = await createTestDb();
  const app = await buildTestApp(handle);
  const db = handle.db;
  await createCountry(db, 'KEN');
  await createCountry(db, 'FRA');
  for (const [iso3, iso2, numeric] of [
    ['NGA', 'NG', '566'],
    ['GHA', 'GH', '288'],
  ] as const) {
    await db
      .insertInto('countries')
      .values({ iso3, iso2, numeric, region: 'africa', names: JSON.stringify(testCountryNames(iso3)) })
      .execute();
  }
  const { id: versionId } = await createPublishedMethodology(db, planMethodology());
  const cycle = await createCycle(db, { methodologyVersionId: versionId, countries: Object.keys(ANSWERS), status: 'closed' });
  const answers: Record<string, string> = {};
  for (const [iso3, values] of Object.entries(ANSWERS)) {
    for (const [i, questionKey] of QUESTIONS.entries()) {
      answers[`${iso3}:${questionKey}`] = (await insertAnswer(db, { assessmentId: cycle.assessments[iso3]!, questionKey, value: values[i] })).id;
    }
  }
  if (options.publish !== false) await publishCycle(db, { cycleId: cycle.id, publishedBy: null });
  const ken = await createUser(db, 'focal_point', 'KEN');
  const analyst = await createUser(db, 'analyst');
  const admin = await createUser(db, 'admin');
  const sessions = {
    ken: await signIn(app, ken),
    nga: await signIn(app, await createUser(db, 'focal_point', 'NGA')),
    gha: await signIn(app, await createUser(db, 'focal_point', 'GHA')),
    fra: await signIn(app, await createUser(db, 'focal_point', 'FRA')),
    reviewer: await signIn(app, await createUser(db, 'reviewer')),
    analyst: await signIn(app, analyst),
    admin: await signIn(app, admin),
  };
  return {
    handle,
    app,
    cycle,
    answers,
    sessions,
    users: { ken: ken.id, analyst: analyst.id, admin: admin.id },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
