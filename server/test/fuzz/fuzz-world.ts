import type { FastifyInstance } from 'fastify';
import type { Role } from '@gci/shared';
import type { Db } from '../../src/db/database.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, toyMethodology, type Session } from '../factories.ts';
import { insertMethodology } from '../../src/modules/methodology/methodology.repository.ts';

export type Principal = 'anonymous' | 'focal_point' | 'other_focal_point' | Exclude<Role, 'focal_point'>;

export interface FuzzWorld {
  sessions: Record<Exclude<Principal, 'anonymous'>, Session>;
  uuids: string[];
  questionKeys: string[];
  iso3: string[];
  years: number[];
}

/** A small world with one object of every kind, so generated requests can name real ids. */
export async function createFuzzWorld(app: FastifyInstance, db: Db): Promise<FuzzWorld> {
  await createCountry(db, 'KEN');
  await createCountry(db, 'FRA');
  const methodology = toyMethodology();
  const published = await createPublishedMethodology(db, methodology);
  const draftId = await insertMethodology(db, { ...methodology, key: `${methodology.key}-draft` }, { status: 'draft' });
  const cycle = await createCycle(db, { methodologyVersionId: published.id, countries: ['KEN', 'FRA'] });
  const answer = await db
    .insertInto('answers')
    .values({ assessmentId: cycle.assessments.KEN!, questionKey: 'legal.law', value: 'true' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const evidence = await db
    .insertInto('evidence')
    .values({ answerId: answer.id, kind: 'link', title: 'Act', url: 'https://example.org/act' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const roles: [Exclude<Principal, 'anonymous'>, Role, string | null][] = [
    ['focal_point', 'focal_point', 'KEN'],
    ['other_focal_point', 'focal_point', 'FRA'],
    ['reviewer', 'reviewer', null],
    ['analyst', 'analyst', null],
    ['admin', 'admin', null],
  ];
  const sessions = {} as FuzzWorld['sessions'];
  for (const [principal, role, country] of roles) sessions[principal] = await signIn(app, await createUser(db, role, country));
  const reviewerId = (await db.selectFrom('users').select('id').where('role', '=', 'reviewer').executeTakeFirstOrThrow()).id;
  const thread = await db
    .insertInto('commentThreads')
    .values({ assessmentId: cycle.assessments.KEN!, questionKey: 'legal.law', createdBy: reviewerId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    sessions,
    uuids: [cycle.id, cycle.assessments.KEN!, cycle.assessments.FRA!, published.id, draftId, evidence.id, thread.id],
    questionKeys: ['legal.law', 'legal.spam', 'legal.spam_detail', 'technical.cirt', 'technical.staff', 'technical.tools'],
    iso3: ['KEN', 'FRA'],
    years: [cycle.year],
  };
}
