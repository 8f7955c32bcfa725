import type { Executor } from '../../db/database.ts';
import type { Insertable } from 'kysely';
import type { PublicationsTable } from '../../db/tables.ts';

/** The cycle's current publication: the one nothing supersedes. */
export async function findCurrentPublication(db: Executor, cycleId: string) {
  return db
    .selectFrom('publications as p')
    .where('p.cycleId', '=', cycleId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('publications as n').select('n.id').whereRef('n.supersedesId', '=', 'p.id'))))
    .select('p.id')
    .executeTakeFirst();
}

export async function insertPublication(db: Executor, values: Insertable<PublicationsTable>): Promise<string> {
  const { id } = await db.insertInto('publications').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The active focal points of every country in the cycle, with their country (to tell them the results are out). */
export async function findCycleTeams(db: Executor, cycleId: string) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.iso3', 'a.countryIso3')
    .innerJoin('users as u', (join) => join.onRef('u.countryIso3', '=', 'a.countryIso3').on('u.role', '=', 'focal_point').on('u.disabledAt', 'is', null))
    .where('a.cycleId', '=', cycleId)
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'a.countryIso3 as iso3', 'c.names as countryNames'])
    .orderBy('a.countryIso3')
    .execute();
}

/** The countries of a cycle's assessments with their region, by code. */
export async function listCycleCountries(db: Executor, cycleId: string) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.iso3', 'a.countryIso3')
    .where('a.cycleId', '=', cycleId)
    .select(['c.iso3', 'c.region'])
    .orderBy('c.iso3')
    .execute();
}

/** The answers of some countries of a cycle. */
export async function listAnswersOf(db: Executor, cycleId: string, countries: readonly string[]) {
  if (countries.length === 0) return [];
  return db
    .selectFrom('assessments as a')
    .innerJoin('answers as ans', 'ans.assessmentId', 'a.id')
    .where('a.cycleId', '=', cycleId)
    .where('a.countryIso3', 'in', countries)
    .select(['a.countryIso3 as iso3', 'ans.questionKey', 'ans.value'])
    .execute();
}
