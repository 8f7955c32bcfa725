import { questionsByKey, type Methodology } from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import type { AssessmentContext } from './assessments.repository.ts';

/** The country's most recent earlier assessment that has answers to questions of this methodology. */
export async function findPrefillSource(db: Executor, target: AssessmentContext, methodology: Methodology) {
  const keys = [...questionsByKey(methodology).keys()];
  if (keys.length === 0) return null;
  const row = await db
    .selectFrom('assessments as a')
    .innerJoin('cycles as c', 'c.id', 'a.cycleId')
    .innerJoin('answers as ans', 'ans.assessmentId', 'a.id')
    .where('a.countryIso3', '=', target.countryIso3)
    .where('c.year', '<', target.cycleYear)
    .where('ans.questionKey', 'in', keys)
    .groupBy(['a.id', 'c.year'])
    .select(['a.id as assessmentId', 'c.year', (eb) => eb.fn.countAll<number>().as('answers')])
    .orderBy('c.year', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { assessmentId: row.assessmentId, year: row.year, answers: Number(row.answers) } : null;
}

/** Keys of the source's answers to questions of this methodology that the target has not answered: what accepting would fill. */
export async function keysToCarryOver(db: Executor, sourceAssessmentId: string, targetAssessmentId: string, methodology: Methodology): Promise<string[]> {
  const keys = [...questionsByKey(methodology).keys()];
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('answers')
    .select('questionKey')
    .where('assessmentId', '=', sourceAssessmentId)
    .where('questionKey', 'in', keys)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('answers as t').select('t.id').where('t.assessmentId', '=', targetAssessmentId).whereRef('t.questionKey', '=', 'answers.questionKey'),
        ),
      ),
    )
    .orderBy('questionKey')
    .execute();
  return rows.map((r) => r.questionKey);
}

/** Records the focal point's answer to the offer (accepted or declined), once. */
export async function recordPrefillDecision(db: Executor, assessmentId: string, decision: 'accepted' | 'declined', userId: string, at: Date): Promise<void> {
  await db
    .updateTable('assessments')
    .set({ prefillDecision: decision, prefillDecidedAt: at, prefillDecidedBy: userId })
    .where('id', '=', assessmentId)
    .execute();
}

/**
 * Copies answers with matching keys and their evidence, marked carried over until confirmed or
 * changed; a question the target has already answered keeps its answer (it is not overwritten).
 */
export async function carryOverAnswers(
  trx: Transaction<Database>,
  input: { source: { assessmentId: string }; target: AssessmentContext; methodology: Methodology; userId: string; at: Date },
): Promise<number> {
  const keys = await keysToCarryOver(trx, input.source.assessmentId, input.target.id, input.methodology);
  if (keys.length === 0) return 0;
  const previous = await trx.selectFrom('answers').selectAll().where('assessmentId', '=', input.source.assessmentId).where('questionKey', 'in', keys).execute();
  const inserted = await trx
    .insertInto('answers')
    .values(
      previous.map((p) => ({
        assessmentId: input.target.id,
        questionKey: p.questionKey,
        value: JSON.stringify(p.value),
        version: 1,
        carriedOver: true,
        updatedBy: input.userId,
        updatedAt: input.at,
      })),
    )
    .returning(['id', 'questionKey', 'value'])
    .execute();
  await trx
    .insertInto('answerHistory')
    .values(
      inserted.map((a) => ({
        answerId: a.id,
        assessmentId: input.target.id,
        questionKey: a.questionKey,
        version: 1,
        after: JSON.stringify(a.value),
        kind: 'carry_over' as const,
        reason: 'Carried over from the previous cycle',
        changedBy: input.userId,
        changedAt: input.at,
      })),
    )
    .execute();
  const newIdByKey = new Map(inserted.map((a) => [a.questionKey, a.id]));
  const oldKeyById = new Map(previous.map((p) => [p.id, p.questionKey]));
  const evidence = await trx
    .selectFrom('evidence')
    .selectAll()
    .where(
      'answerId',
      'in',
      previous.map((p) => p.id),
    )
    .execute();
  if (evidence.length > 0) {
    await trx
      .insertInto('evidence')
      .values(
        // consent to the library travels with the item; a reviewer's confirmation is for one cycle
        evidence.map(({ id: _id, answerId, createdAt: _c, shareConfirmedAt: _at, shareConfirmedBy: _by, pillarKey: _p, indicatorKey: _i, ...e }) => ({
          ...e,
          answerId: newIdByKey.get(oldKeyById.get(answerId)!)!,
          carriedOver: true,
          createdBy: input.userId,
          createdAt: input.at,
        })),
      )
      .execute();
  }
  return inserted.length;
}
