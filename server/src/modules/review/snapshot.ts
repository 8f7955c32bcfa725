import { submissionCheck, type AnswerValue, type Methodology, type SubmissionCheck, type SubmissionSnapshot } from '@gci/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/tables.ts';

type DbOrTrx = Kysely<Database> | Transaction<Database>;

/** The current answers of an assessment with their evidence, as submitted (and as the submission check sees them). */
export async function currentSnapshot(db: DbOrTrx, assessmentId: string): Promise<{ snapshot: SubmissionSnapshot; carriedOver: Set<string> }> {
  const answers = await db.selectFrom('answers').select(['id', 'questionKey', 'value', 'carriedOver']).where('assessmentId', '=', assessmentId).orderBy('questionKey').execute();
  const evidence = answers.length
    ? await db.selectFrom('evidence').select(['id', 'answerId', 'title', 'kind', 'url', 'sha256']).where('answerId', 'in', answers.map((a) => a.id)).orderBy('createdAt').execute()
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

export function checkSnapshot(methodology: Methodology, current: Awaited<ReturnType<typeof currentSnapshot>>): SubmissionCheck {
  return submissionCheck(
    methodology,
    Object.fromEntries(
      Object.entries(current.snapshot).map(([k, a]) => [k, { value: a.value, carriedOver: current.carriedOver.has(k), evidenceCount: a.evidence.length }]),
    ),
  );
}
