import type { AnswerValue, QuestionSpec } from '../schemas/methodology.ts';
import { questionTypeOf } from '../question-types/registry.ts';

/** Free text is the only question type that is never scored. */
export function isScored(spec: QuestionSpec): boolean {
  return questionTypeOf(spec).scored;
}

/** The points a full answer earns: maxPoints for choices, 1 for the other scored types, 0 for text. */
export function maxPointsOf(spec: QuestionSpec): number {
  return questionTypeOf(spec).maxPoints(spec);
}

/**
 * Points earned by an answer, in [0, maxPointsOf(spec)], or null when the question is not
 * answered (missing, invalid or blank: see isAnswered) or is free text, which is never scored.
 * - yes_no: yes 1, no 0
 * - status: in place 1, partial `partialCredit`, absent 0
 * - single_choice: the option's points; multi_choice: chosen points summed, capped at maxPoints
 * - number: linear from the lower goalpost (0) to the upper one (1), clamped; works both ways
 *   (lower > upper: smaller is better). Equal goalposts (rejected by validation) give a step:
 *   1 at or above the goalpost, else 0.
 */
export function pointsFor(spec: QuestionSpec, value: AnswerValue | undefined): number | null {
  const type = questionTypeOf(spec);
  if (!type.scored || value === undefined || value === null || !type.check(spec, value).ok || !type.isGiven(value)) return null;
  return type.points(spec, value);
}

/** Normalised score of an answer, points / max in [0, 1], or null when unanswered or unscored. */
export function normalizedScore(spec: QuestionSpec, value: AnswerValue | undefined): number | null {
  const points = pointsFor(spec, value);
  if (points === null) return null;
  const max = questionTypeOf(spec).maxPoints(spec);
  return max > 0 ? points / max : null;
}

/**
 * The answer that earns the most points a question allows, used by "distance to the next tier".
 * yes; in place; the best option; for a multiple choice the fewest options (highest points
 * first) that reach maxPoints, or every option with points if they cannot; for a number the
 * upper goalpost, moved inside [min, max] and to a whole number when the question demands it.
 * Returns null for free text.
 */
export function fullAnswer(spec: QuestionSpec): AnswerValue {
  return questionTypeOf(spec).fullAnswer(spec);
}
