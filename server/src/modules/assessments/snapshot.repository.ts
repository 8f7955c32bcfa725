import type { AnswerValue, SubmissionSnapshot } from '@gci/shared';
import type { Executor } from '../../db/database.ts';

export interface CurrentSnapshot {
  snapshot: SubmissionSnapshot;
  /** question keys whose answer is still carried over from the previous cycle */
  carriedOver: Set<string>;
}

/** The current answers of an assessment with their evidence, as submitted (and as the submission check sees them). */
export async function currentSnapshot(db: Executor, assessmentId: string): Promise<CurrentSnapshot> {
  const answers = await db
    .selectFrom('answers')
    .select(['id', 'questionKey', 'value', 'carriedOver'])
    .where('assessmentId', '=', assessmentId)
    .orderBy('questionKey')
    .execute();
  const evidence = answers.length
    ? await db
        .selectFrom('evidence')
        .select(['id', 'answerId', 'title', 'kind', 'url', 'sha256'])
        .where(
          'answerId',
          'in',
          answers.map((a) => a.id),
        )
        .orderBy('createdAt')
        .execute()
    : [];
  const snapshot: SubmissionSnapshot = {};
  for (const a of answers) {
    snapshot[a.questionKey] = {
      value: a.value as AnswerValue,
      evidence: evidence.filter((e) => e.answerId === a.id).map((e) => ({ id: e.id, title: e.title, kind: e.kind, ref: e.url ?? e.sha256 ?? e.id })),
    };
  }
  return { snapshot, carriedOver: new Set(answers.filter((a) => a.carriedOver).map((a) => a.questionKey)) };
}
