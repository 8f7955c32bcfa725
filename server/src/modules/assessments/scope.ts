import { isEditableByTeam } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { findAssessment, type AssessmentContext } from './assessments.repository.ts';

/**
 * The assessment if the caller may see it: a focal point only their own country's (any other is a
 * 404, so nobody learns what exists), reviewers, analysts and admins every one (ASVS V8.2.2).
 * `forUpdate` locks it for the rest of the transaction (see `findAssessment`).
 */
export async function loadScopedAssessment(db: Executor, auth: ResolvedSession, id: string, options: { forUpdate?: boolean } = {}): Promise<AssessmentContext> {
  const assessment = await findAssessment(db, id, options);
  if (!assessment || !canSee(auth, assessment.countryIso3)) throw notFound('Assessment');
  return assessment;
}

export const canSee = (auth: ResolvedSession, countryIso3: string): boolean => auth.user.role !== 'focal_point' || auth.user.countryIso3 === countryIso3;

export const deadlineOf = (a: AssessmentContext): Date => new Date(a.deadlineOverride ?? a.closesAt);

/** Whether the country team may change answers now: an editable state, an open cycle, before the deadline. */
export function isEditableNow(a: AssessmentContext, now: Date): boolean {
  return isEditableByTeam(a.status) && a.cycleStatus === 'open' && now <= deadlineOf(a) && now >= new Date(a.opensAt);
}

/** Throws the reason the team cannot edit right now. */
export function assertEditable(a: AssessmentContext, now: Date): void {
  if (!isEditableByTeam(a.status)) {
    throw new AppError(409, 'illegal_transition', `The assessment is ${a.status.replaceAll('_', ' ')}: answers cannot change until it is returned`, {
      details: { status: a.status },
    });
  }
  if (a.cycleStatus !== 'open' || now < new Date(a.opensAt)) throw new AppError(409, 'conflict', `The ${a.cycleYear} cycle is not open for answers`);
  if (now > deadlineOf(a)) throw new AppError(403, 'forbidden', 'The deadline has passed; ask an administrator to extend it for your country');
}
