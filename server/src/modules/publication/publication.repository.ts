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
