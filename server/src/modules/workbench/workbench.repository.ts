import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ScenariosTable } from '../../db/tables.ts';

/** Every country of a cycle with its answers (one row per answer, or one without when it has none), by code. */
export async function listCycleAnswerRows(db: Executor, cycleId: string) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.iso3', 'a.countryIso3')
    .leftJoin('answers as ans', 'ans.assessmentId', 'a.id')
    .where('a.cycleId', '=', cycleId)
    .select(['c.iso3', 'c.region', 'c.names', 'ans.questionKey', 'ans.value'])
    .orderBy('c.iso3')
    .execute();
}

function scenarios(db: Executor) {
  return db
    .selectFrom('scenarios as s')
    .innerJoin('cycles as c', 'c.id', 's.cycleId')
    .innerJoin('users as u', 'u.id', 's.createdBy')
    .select(['s.id', 's.name', 's.note', 'c.year', 's.methodologyVersionId', 's.overrides', 's.createdAt', 'u.id as userId', 'u.name as userName']);
}
export type ScenarioRow = Awaited<ReturnType<typeof listScenarios>>[number];

/** Saved scenarios, newest first. */
export async function listScenarios(db: Executor) {
  return scenarios(db).orderBy('s.createdAt', 'desc').execute();
}

export async function findScenario(db: Executor, id: string) {
  return scenarios(db).where('s.id', '=', id).executeTakeFirst();
}

export async function insertScenario(db: Executor, values: Insertable<ScenariosTable>): Promise<string> {
  const { id } = await db.insertInto('scenarios').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}
