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
import type { DatabaseHandle, Db } from '../../db/database.ts';
import { publishCycle } from '../publication/publication.service.ts';

/** A set-up hook builds a database, signs five people in and publishes a cycle: minutes, not seconds, on a loaded machine (no assertion depends on it). */
export const SETUP_MS = 300_000;

/** The toy methodology with each pillar's questions under one indicator (`legal.laws`, `technical.response`): the library files items by indicator. */
export function indicatorMethodology(): Methodology {
  const toy = toyMethodology();
  const names: Record<string, string> = { legal: 'legal.laws', technical: 'technical.response' };
  const pillars = toy.pillars.map((p) => {
    const key = names[p.key]!;
    const indicator: MethodologyNode = { kind: 'indicator', key, order: 1, weight: 1, texts: { title: { en: key } }, children: p.children };
    return { ...p, children: [indicator] };
  });
  return { ...toy, pillars };
}

/** Two more African countries for "the same region" (the factories know one country per region). */
async function createAfricanCountry(db: Db, iso3: 'NGA' | 'GHA', iso2: string, numeric: string) {
  await db
    .insertInto('countries')
    .values({ iso3, iso2, numeric, region: 'africa', names: JSON.stringify(testCountryNames(iso3)) })
    .execute();
}

export interface PracticeWorld {
  handle: DatabaseHandle;
  app: FastifyInstance;
  /** the published cycle and a closed one not published */
  published: { id: string; year: number; assessments: Record<string, string> };
  hidden: { id: string; year: number; assessments: Record<string, string> };
  sessions: { ken: Session; fra: Session; reviewer: Session; analyst: Session; admin: Session };
  /** an answer id per country and question in the published cycle (and `hidden:KEN:legal.law`) */
  answers: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Kenya, Nigeria and Ghana (Africa) and France (Europe) in a published cycle: Kenya and Nigeria meet
 * `legal.laws` (a law and an anti-spam law in place), Ghana does not (neither), France does.
 * A second, closed cycle is never published.
 */
export async function createPracticeWorld(): Promise<PracticeWorld> {
  const handle = await createTestDb();
  const app = await buildTestApp(handle);
  const db = handle.db;
  await createCountry(db, 'KEN');
  await createCountry(db, 'FRA');
  await createAfricanCountry(db, 'NGA', 'NG', '566');
  await createAfricanCountry(db, 'GHA', 'GH', '288');
  const { id: versionId } = await createPublishedMethodology(db, indicatorMethodology());
  const countries = ['KEN', 'NGA', 'GHA', 'FRA'];
  const published = await createCycle(db, { methodologyVersionId: versionId, countries, status: 'closed' });
  const hidden = await createCycle(db, { methodologyVersionId: versionId, countries: ['KEN'], status: 'closed' });
  const answers: Record<string, string> = {};
  const meets: Record<string, boolean> = { KEN: true, NGA: true, GHA: false, FRA: true };
  for (const iso3 of countries) {
    const assessmentId = published.assessments[iso3]!;
    answers[`${iso3}:legal.law`] = (await insertAnswer(db, { assessmentId, questionKey: 'legal.law', value: meets[iso3] })).id;
    answers[`${iso3}:legal.spam`] = (await insertAnswer(db, { assessmentId, questionKey: 'legal.spam', value: meets[iso3] ? 'in_place' : 'absent' })).id;
    answers[`${iso3}:technical.cirt`] = (await insertAnswer(db, { assessmentId, questionKey: 'technical.cirt', value: 'national' })).id;
  }
  answers['hidden:KEN:legal.law'] = (await insertAnswer(db, { assessmentId: hidden.assessments.KEN!, questionKey: 'legal.law', value: true })).id;
  const sessions = {
    ken: await signIn(app, await createUser(db, 'focal_point', 'KEN')),
    fra: await signIn(app, await createUser(db, 'focal_point', 'FRA')),
    reviewer: await signIn(app, await createUser(db, 'reviewer')),
    analyst: await signIn(app, await createUser(db, 'analyst')),
    admin: await signIn(app, await createUser(db, 'admin')),
  };
  return {
    handle,
    app,
    published,
    hidden,
    sessions,
    answers,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** Publishes the world's published cycle. */
export const publishWorld = (world: PracticeWorld) => publishCycle(world.handle.db, { cycleId: world.published.id, publishedBy: null });

/** A link evidence item written straight into the database (set-up; the cycles are closed). */
export async function insertLink(db: Db, answerId: string, title: string, url = 'https://example.org/practice'): Promise<string> {
  return (await db.insertInto('evidence').values({ answerId, kind: 'link', title, url }).returning('id').executeTakeFirstOrThrow()).id;
}
