import type { AnswerState } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { toAnswerState } from '../assessments/mappers.ts';
import { findAnswerWithEvidence } from './answers.repository.ts';

/** One answer as it is stored now, as the API shows it (null when the question has no answer). */
export async function currentAnswerState(db: Executor, assessmentId: string, questionKey: string): Promise<AnswerState | null> {
  const row = await findAnswerWithEvidence(db, assessmentId, questionKey);
  return row ? toAnswerState(row, row.evidence) : null;
}

/** 409 carrying what is stored now, who wrote it and when: the client shows both and lets the user choose. */
export function versionConflictOver(current: AnswerState | null): AppError {
  const who = current?.updatedBy ? ` by ${current.updatedBy.name}` : '';
  return new AppError(409, 'version_conflict', `This answer was changed${who} since you opened it; nothing was overwritten`, {
    field: 'body.baseVersion',
    details: { current },
  });
}

/** 409 for a confirmation of an answer that is current but was never carried over. */
export const notCarriedOver = (current: AnswerState) =>
  new AppError(409, 'conflict', 'This answer was not carried over from the previous cycle; there is nothing to confirm', { details: { current } });
