import type { Insertable, Updateable } from 'kysely';
import type { AssessmentStatus } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import type { CycleRow, CyclesTable } from '../../db/tables.ts';

export async function listCycles(db: Executor) {
  return db.selectFrom('cycles').selectAll().orderBy('year', 'desc').execute();
}

/** Every publication of every cycle (or of one), oldest first (the last of a cycle is its current one). */
export async function listPublicationSummaries(db: Executor, cycleId?: string) {
  let query = db.selectFrom('publications').select(['id', 'cycleId', 'publishedAt', 'contentHash', 'methodologyHash', 'supersedesId', 'note']);
  if (cycleId) query = query.where('cycleId', '=', cycleId);
  return query.orderBy('publishedAt').execute();
}

/** `forUpdate` locks the cycle's row until the transaction ends: the steps of one cycle queue behind each other. */
export async function findCycleById(db: Executor, id: string, { forUpdate = false } = {}) {
  const query = db.selectFrom('cycles').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export async function findCycleByYear(db: Executor, year: number) {
  return db.selectFrom('cycles').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function insertCycle(db: Executor, values: Insertable<CyclesTable>): Promise<CycleRow> {
  return db.insertInto('cycles').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateCycle(db: Executor, id: string, changes: Updateable<CyclesTable>): Promise<CycleRow> {
  return db.updateTable('cycles').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function setCycleStatus(db: Executor, id: string, status: CycleRow['status']): Promise<void> {
  await db.updateTable('cycles').set({ status }).where('id', '=', id).execute();
}

/** Assessments per cycle and state (cycles with none have no row). */
export async function countAssessmentsByStatus(db: Executor, cycleId?: string) {
  let query = db
    .selectFrom('assessments')
    .select((eb) => ['cycleId', 'status', eb.fn.countAll<number>().as('n')])
    .groupBy(['cycleId', 'status']);
  if (cycleId) query = query.where('cycleId', '=', cycleId);
  return query.execute();
}

export async function countParticipants(db: Executor, cycleId?: string) {
  let query = db
    .selectFrom('cycleParticipants')
    .select((eb) => ['cycleId', eb.fn.countAll<number>().as('n')])
    .groupBy('cycleId');
  if (cycleId) query = query.where('cycleId', '=', cycleId);
  return query.execute();
}

export async function listParticipantCodes(db: Executor, cycleId: string): Promise<string[]> {
  const rows = await db.selectFrom('cycleParticipants').select('countryIso3').where('cycleId', '=', cycleId).orderBy('countryIso3').execute();
  return rows.map((r) => r.countryIso3);
}

/** Replaces a cycle's participants with `countries`. */
export async function replaceParticipants(db: Executor, cycleId: string, countries: readonly string[]): Promise<void> {
  await db.deleteFrom('cycleParticipants').where('cycleId', '=', cycleId).execute();
  await db
    .insertInto('cycleParticipants')
    .values(countries.map((countryIso3) => ({ cycleId, countryIso3 })))
    .execute();
}

/** Which of `codes` are countries on the platform. */
export async function findCountryCodes(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('countries').select('iso3').where('iso3', 'in', codes).execute();
  return new Set(rows.map((r) => r.iso3));
}

export async function listCountries(db: Executor) {
  return db.selectFrom('countries').select(['iso3', 'names', 'region']).orderBy('iso3').execute();
}

/** An assessment for each participant that has none yet; the ones created. A retry, or a second opening, creates nothing. */
export async function insertMissingAssessments(db: Executor, cycleId: string, at: Date) {
  const participants = await listParticipantCodes(db, cycleId);
  if (participants.length === 0) return [];
  return db
    .insertInto('assessments')
    .values(participants.map((countryIso3) => ({ cycleId, countryIso3, createdAt: at, updatedAt: at })))
    .onConflict((oc) => oc.columns(['cycleId', 'countryIso3']).doNothing())
    .returning(['id', 'countryIso3'])
    .execute();
}

/** Each participant with its country and, once the cycle is open, its assessment and open threads. */
export async function listParticipants(db: Executor, cycleId: string) {
  return db
    .selectFrom('cycleParticipants as p')
    .innerJoin('countries as co', 'co.iso3', 'p.countryIso3')
    .innerJoin('cycles as c', 'c.id', 'p.cycleId')
    .leftJoin('assessments as a', (join) => join.onRef('a.cycleId', '=', 'p.cycleId').onRef('a.countryIso3', '=', 'p.countryIso3'))
    .where('p.cycleId', '=', cycleId)
    .select((eb) => [
      'p.countryIso3 as iso3',
      'co.names',
      'co.region',
      'c.closesAt',
      'a.id as assessmentId',
      'a.status',
      'a.deadlineOverride',
      'a.submittedAt',
      eb
        .selectFrom('commentThreads as t')
        .whereRef('t.assessmentId', '=', 'a.id')
        .where('t.status', '=', 'open')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('openThreads'),
    ])
    .orderBy('p.countryIso3')
    .execute();
}
export type ParticipantRow = Awaited<ReturnType<typeof listParticipants>>[number];

/** A cycle's assessments in any of `statuses`, or with an open comment thread (when `orOpenThreads`). */
export async function listPendingAssessments(db: Executor, cycleId: string, statuses: readonly AssessmentStatus[], { orOpenThreads = false } = {}) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('countries as co', 'co.iso3', 'a.countryIso3')
    .where('a.cycleId', '=', cycleId)
    .select((eb) => [
      'a.id as assessmentId',
      'a.countryIso3 as iso3',
      'a.status',
      'co.names',
      'co.region',
      eb
        .selectFrom('commentThreads as t')
        .whereRef('t.assessmentId', '=', 'a.id')
        .where('t.status', '=', 'open')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('openThreads'),
    ])
    .where((eb) => {
      const inStatus = eb('a.status', 'in', statuses);
      if (!orOpenThreads) return inStatus;
      const threads = eb.exists(eb.selectFrom('commentThreads as t').select('t.id').whereRef('t.assessmentId', '=', 'a.id').where('t.status', '=', 'open'));
      return eb.or([inStatus, threads]);
    })
    .orderBy('a.countryIso3')
    .execute();
}
export type PendingRow = Awaited<ReturnType<typeof listPendingAssessments>>[number];

/** Every country of a cycle with its region, names and answers (one row per answer, or one without when it has none), by code. */
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
