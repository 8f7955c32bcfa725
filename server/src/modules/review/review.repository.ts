import { sql } from 'kysely';
import type { AnswerValue, Answers, AssessmentStatus } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { selectAssessments } from '../assessments/assessments.repository.ts';

export interface QueueFilter {
  status?: AssessmentStatus;
  region?: string;
  cycle?: number;
  /** only assessments whose deadline is before this date (ISO 8601) */
  dueBefore?: string;
  country?: string;
}

/** Where a page starts: after the row with this rank (0 waits for review), deadline (PostgreSQL's text of it), country and id. */
export interface QueueKey {
  rank: string;
  deadline: string;
  iso3: string;
  id: string;
}

// the country's deadline: the cycle's closing date unless an admin extended it
const deadline = sql<Date>`coalesce(a.deadline_override, c.closes_at)`;
// what waits for a reviewer's first move leads the queue (the web's reviewQueueOrder agrees)
const rank = sql<number>`(case when a.status in ('submitted', 'resubmitted') then 0 else 1 end)`;

/**
 * Up to `limit` assessments, those awaiting review first, then by deadline, country and id (a total
 * order, so a page ends where the next begins), each with its count of open threads and its sort key as text.
 */
export async function findQueue(db: Executor, filter: QueueFilter, page: { after?: QueueKey; limit: number }) {
  let query = selectAssessments(db)
    .select((eb) =>
      eb
        .selectFrom('commentThreads as t')
        .whereRef('t.assessmentId', '=', 'a.id')
        .where('t.status', '=', 'open')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('openThreads'),
    )
    .select([sql<string>`${rank}::text`.as('rankKey'), sql<string>`${deadline}::text`.as('deadlineKey')]);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.region) query = query.where('co.region', '=', filter.region);
  if (filter.cycle) query = query.where('c.year', '=', filter.cycle);
  if (filter.country) query = query.where('a.countryIso3', '=', filter.country);
  if (filter.dueBefore) query = query.where(deadline, '<', new Date(filter.dueBefore));
  const after = page.after;
  if (after)
    query = query.where(
      sql<boolean>`(${rank}, ${deadline}, a.country_iso3, a.id) > (${Number(after.rank)}::int, ${after.deadline}::timestamptz, ${after.iso3}::char(3), ${after.id}::uuid)`,
    );
  return query
    .orderBy(rank)
    .orderBy(deadline)
    .orderBy('a.countryIso3')
    .orderBy('a.id')
    .limit(page.limit + 1)
    .execute();
}

/** The countries with an assessment in a cycle (in any cycle without one): the queue's country filter offers these. */
export async function findQueueCountries(db: Executor, cycle?: number) {
  return db
    .selectFrom('countries as co')
    .select(['co.iso3', 'co.names'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('assessments as a')
          .innerJoin('cycles as c', 'c.id', 'a.cycleId')
          .whereRef('a.countryIso3', '=', 'co.iso3')
          .$if(cycle !== undefined, (q) => q.where('c.year', '=', cycle!))
          .select('a.id'),
      ),
    )
    .orderBy('co.iso3')
    .execute();
}

/** The answers of each assessment, by assessment id. */
export async function findAnswersOf(db: Executor, assessmentIds: string[]): Promise<Map<string, Answers>> {
  const rows = assessmentIds.length
    ? await db.selectFrom('answers').select(['assessmentId', 'questionKey', 'value']).where('assessmentId', 'in', assessmentIds).execute()
    : [];
  const byAssessment = new Map<string, Answers>();
  for (const a of rows) {
    const entry = byAssessment.get(a.assessmentId) ?? {};
    entry[a.questionKey] = a.value as AnswerValue;
    byAssessment.set(a.assessmentId, entry);
  }
  return byAssessment;
}

/** The last `limit` submissions of an assessment, newest first. */
export async function findLatestSubmissions(db: Executor, assessmentId: string, limit: number) {
  return db
    .selectFrom('submissions')
    .select(['snapshot', 'createdAt'])
    .where('assessmentId', '=', assessmentId)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
}

/** The latest return for revision of an assessment, with the reviewer who made it. */
export async function findLatestRevisionRequest(db: Executor, assessmentId: string) {
  return db
    .selectFrom('revisionRequests as r')
    .innerJoin('users as u', 'u.id', 'r.createdBy')
    .select(['r.questionKeys', 'r.comment', 'r.createdAt', 'u.id as userId', 'u.name'])
    .where('r.assessmentId', '=', assessmentId)
    .orderBy('r.createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}
