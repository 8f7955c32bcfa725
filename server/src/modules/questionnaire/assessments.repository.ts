import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/tables.ts';

type DbOrTrx = Kysely<Database> | Transaction<Database>;

/** An assessment with what scoping and editability need: its cycle and country. */
export function selectAssessments(db: DbOrTrx) {
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
      'c.year as cycleYear',
      'c.name as cycleName',
      'c.status as cycleStatus',
      'c.closesAt',
      'c.opensAt',
      'c.methodologyVersionId',
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
export async function findAssessment(db: DbOrTrx, id: string, { forUpdate = false } = {}): Promise<AssessmentContext | undefined> {
  const query = selectAssessments(db).where('a.id', '=', id);
  return (forUpdate ? query.forUpdate('a') : query).executeTakeFirst();
}

/** Answers of an assessment with who last changed them. */
export async function findAnswers(db: DbOrTrx, assessmentId: string, questionKey?: string) {
  let query = db
    .selectFrom('answers as ans')
    .leftJoin('users as u', 'u.id', 'ans.updatedBy')
    .where('ans.assessmentId', '=', assessmentId)
    .select(['ans.id', 'ans.questionKey', 'ans.value', 'ans.version', 'ans.carriedOver', 'ans.updatedAt', 'ans.updatedBy', 'u.name as updatedByName']);
  if (questionKey) query = query.where('ans.questionKey', '=', questionKey);
  return query.orderBy('ans.questionKey').execute();
}
export type AnswerWithAuthor = Awaited<ReturnType<typeof findAnswers>>[number];

export async function findEvidenceOfAnswers(db: DbOrTrx, answerIds: string[]) {
  if (answerIds.length === 0) return [];
  return db.selectFrom('evidence').selectAll().where('answerId', 'in', answerIds).orderBy('createdAt').execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof findEvidenceOfAnswers>>[number];
