import type { AssessmentStatus } from '@gci/shared';
import type { Executor } from '../../db/database.ts';

/** The assessments of open cycles still awaiting their country (in `statuses`), with their deadline and the cycle's reminder days. */
export async function listReminderCandidates(db: Executor, statuses: readonly AssessmentStatus[]) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('cycleParticipants as p', (join) => join.onRef('p.cycleId', '=', 'a.cycleId').onRef('p.countryIso3', '=', 'a.countryIso3'))
    .innerJoin('countries as co', 'co.iso3', 'a.countryIso3')
    .where('c.status', '=', 'open')
    .where('a.status', 'in', statuses)
    .select([
      'a.id as assessmentId',
      'a.countryIso3',
      'a.deadlineOverride',
      'c.id as cycleId',
      'c.name as cycleName',
      'c.closesAt',
      'c.reminderDays',
      'co.names',
    ])
    .orderBy('c.year')
    .orderBy('a.countryIso3')
    .execute();
}

/**
 * Claims a reminder: true for the one caller that records it first. The key (cycle, country, days)
 * is unique, so a second run, or another server at the same moment, gets false and sends nothing.
 */
export async function claimReminder(db: Executor, r: { cycleId: string; countryIso3: string; daysBefore: number; at: Date }): Promise<boolean> {
  const row = await db
    .insertInto('cycleReminders')
    .values({ cycleId: r.cycleId, countryIso3: r.countryIso3, daysBefore: r.daysBefore, sentAt: r.at })
    .onConflict((oc) => oc.columns(['cycleId', 'countryIso3', 'daysBefore']).doNothing())
    .returning('cycleId')
    .executeTakeFirst();
  return row !== undefined;
}

/** The active focal points of a country. */
export const focalPointsOf = (db: Executor, iso3: string) =>
  db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('role', '=', 'focal_point')
    .where('countryIso3', '=', iso3)
    .where('disabledAt', 'is', null)
    .execute();
