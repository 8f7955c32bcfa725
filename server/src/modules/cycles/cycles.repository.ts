import type { Executor } from '../../db/database.ts';
import type { CycleRow } from '../../db/tables.ts';

export async function listCycles(db: Executor) {
  return db.selectFrom('cycles').selectAll().orderBy('year', 'desc').execute();
}

/** Every publication of every cycle, oldest first (the last of a cycle is its current one). */
export async function listPublicationSummaries(db: Executor) {
  return db
    .selectFrom('publications')
    .select(['id', 'cycleId', 'publishedAt', 'contentHash', 'methodologyHash', 'supersedesId', 'note'])
    .orderBy('publishedAt')
    .execute();
}

export async function findCycleById(db: Executor, id: string) {
  return db.selectFrom('cycles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCycleByYear(db: Executor, year: number) {
  return db.selectFrom('cycles').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function setCycleStatus(db: Executor, id: string, status: CycleRow['status']): Promise<void> {
  await db.updateTable('cycles').set({ status }).where('id', '=', id).execute();
}
