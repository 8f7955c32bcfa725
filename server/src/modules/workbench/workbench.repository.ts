import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ScenariosTable } from '../../db/tables.ts';

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
