import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AssessmentsTable } from '../../db/tables.ts';

/** An assessment with what scoping and editability need: its cycle and country. */
export function selectAssessments(db: Executor) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('countries as co', 'co.iso3', 'a.countryIso3')
    .select([
      'a.id',
      'a.status',
      'a.source',
      'a.countryIso3',
      'a.deadlineOverride',
      'a.submittedAt',
      'a.updatedAt',
      'a.cycleId',
      'a.prefillDecision',
      'a.prefillDecidedAt',
      'c.year as cycleYear',
      'c.name as cycleName',
      'c.status as cycleStatus',
      'c.closesAt',
      'c.opensAt',
      'c.methodologyVersionId',
      'c.isDemo as cycleIsDemo',
      'co.names as countryNames',
      'co.region as countryRegion',
    ]);
}
export type AssessmentContext = Awaited<ReturnType<ReturnType<typeof selectAssessments>['executeTakeFirstOrThrow']>>;

/**
 * One assessment with its context. `forUpdate` also locks its row until the transaction ends: every
 * change of a country's answers and its submission take this lock first, so a submission's
 * completeness check cannot interleave with a save (and the state read is the one the change sees).
 */
export async function findAssessment(db: Executor, id: string, { forUpdate = false } = {}): Promise<AssessmentContext | undefined> {
  const query = selectAssessments(db).where('a.id', '=', id);
  return (forUpdate ? query.forUpdate('a') : query).executeTakeFirst();
}

/** Assessments, newest cycle first then by country; each filter given narrows the list (`scopeCountry` and `country` both apply). */
export async function findAssessments(db: Executor, filter: { scopeCountry?: string; country?: string; cycleYear?: number }): Promise<AssessmentContext[]> {
  let query = selectAssessments(db);
  if (filter.scopeCountry) query = query.where('a.countryIso3', '=', filter.scopeCountry);
  if (filter.country) query = query.where('a.countryIso3', '=', filter.country);
  if (filter.cycleYear) query = query.where('c.year', '=', filter.cycleYear);
  return query.orderBy('c.year', 'desc').orderBy('a.countryIso3').execute();
}

/** Changes an assessment's row (state, dates, deadline); to execute, or to batch with other writes. */
export const updateAssessment = (db: Executor, id: string, changes: Updateable<AssessmentsTable>) =>
  db.updateTable('assessments').set(changes).where('id', '=', id);

/** Answers of an assessment (or one of them) with who last changed them. */
export async function findAnswers(db: Executor, assessmentId: string, questionKey?: string) {
  let query = db
    .selectFrom('answers as ans')
    .leftJoin('users as u', 'u.id', 'ans.updatedBy')
    .where('ans.assessmentId', '=', assessmentId)
    .select(['ans.id', 'ans.questionKey', 'ans.value', 'ans.version', 'ans.carriedOver', 'ans.updatedAt', 'ans.updatedBy', 'u.name as updatedByName']);
  if (questionKey) query = query.where('ans.questionKey', '=', questionKey);
  return query.orderBy('ans.questionKey').execute();
}
export type AnswerWithAuthor = Awaited<ReturnType<typeof findAnswers>>[number];

export async function findEvidenceOfAnswers(db: Executor, answerIds: string[]) {
  if (answerIds.length === 0) return [];
  return db.selectFrom('evidence').selectAll().where('answerId', 'in', answerIds).orderBy('createdAt').execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof findEvidenceOfAnswers>>[number];

export async function hasAnswers(db: Executor, assessmentId: string): Promise<boolean> {
  return (await db.selectFrom('answers').select('id').where('assessmentId', '=', assessmentId).limit(1).executeTakeFirst()) !== undefined;
}
