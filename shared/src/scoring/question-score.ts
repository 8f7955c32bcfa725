import type { AnswerValue, QuestionSpec, StatusValue } from '../schemas/methodology.ts';
import { isAnswered } from '../rules/answer-rules.ts';

type Spec<T extends QuestionSpec['type']> = Extract<QuestionSpec, { type: T }>;

/** Free text is the only question type that is never scored. */
export function isScored(spec: QuestionSpec): boolean {
  return spec.type !== 'text';
}

/** The points a full answer earns: maxPoints for choices, 1 for the other scored types, 0 for text. */
export function maxPointsOf(spec: QuestionSpec): number {
  if (spec.type === 'single_choice' || spec.type === 'multi_choice') return spec.maxPoints;
  return spec.type === 'text' ? 0 : 1;
}

/**
 * Points earned by an answer, in [0, maxPointsOf(spec)], or null when the question is not
 * answered (missing, invalid, or free text, which is never scored).
 * - yes_no: yes 1, no 0
 * - status: in place 1, partial `partialCredit`, absent 0
 * - single_choice: the option's points; multi_choice: chosen points summed, capped at maxPoints
 * - number: linear from the lower goalpost (0) to the upper one (1), clamped; works both ways
 *   (lower > upper: smaller is better). Equal goalposts (rejected by validation) give a step:
 *   1 at or above the goalpost, else 0.
 */
export function pointsFor(spec: QuestionSpec, value: AnswerValue | undefined): number | null {
  if (!isScored(spec) || !isAnswered(spec, value)) return null;
  const max = maxPointsOf(spec);
  switch (spec.type) {
    case 'yes_no':
      return value === true ? 1 : 0;
    case 'status':
      return statusPoints(spec, value as StatusValue);
    case 'single_choice':
      return Math.min(max, spec.options.find((o) => o.key === value)?.points ?? 0);
    case 'multi_choice': {
      const chosen = value as string[];
      const sum = spec.options.reduce((acc, o) => (chosen.includes(o.key) ? acc + o.points : acc), 0);
      return Math.min(max, sum);
    }
    case 'number':
      return goalpostScore(spec, value as number);
    default:
      return null;
  }
}

function statusPoints(spec: Spec<'status'>, value: StatusValue): number {
  return value === 'in_place' ? 1 : value === 'partial' ? spec.partialCredit : 0;
}

function goalpostScore(spec: Spec<'number'>, value: number): number {
  const { lower, upper } = spec.goalposts;
  if (lower === upper) return value >= upper ? 1 : 0;
  const t = (value - lower) / (upper - lower);
  return t <= 0 ? 0 : t > 1 ? 1 : t; // t <= 0 also turns -0 (from reversed goalposts) into 0
}

/** Normalised score of an answer, points / max in [0, 1], or null when unanswered or unscored. */
export function normalizedScore(spec: QuestionSpec, value: AnswerValue | undefined): number | null {
  const points = pointsFor(spec, value);
  const max = maxPointsOf(spec);
  return points === null || !(max > 0) ? null : points / max;
}

/**
 * The answer that earns the most points a question allows, used by "distance to the next tier".
 * yes; in place; the best option; for a multiple choice the fewest options (highest points
 * first) that reach maxPoints, or every option with points if they cannot; for a number the
 * upper goalpost, moved inside [min, max] and to a whole number when the question demands it.
 * Returns null for free text.
 */
export function fullAnswer(spec: QuestionSpec): AnswerValue {
  switch (spec.type) {
    case 'yes_no':
      return true;
    case 'status':
      return 'in_place';
    case 'single_choice':
      return spec.options.reduce((best, o) => (o.points > best.points ? o : best)).key;
    case 'multi_choice':
      return bestOptionSet(spec);
    case 'number':
      return bestNumber(spec);
    case 'text':
      return null;
  }
}

function bestOptionSet(spec: Spec<'multi_choice'>): string[] {
  const ranked = spec.options.filter((o) => o.points > 0).sort((x, y) => y.points - x.points);
  const chosen = new Set<string>();
  let sum = 0;
  for (const o of ranked) {
    if (sum >= spec.maxPoints) break;
    chosen.add(o.key);
    sum += o.points;
  }
  return spec.options.filter((o) => chosen.has(o.key)).map((o) => o.key);
}

function bestNumber(spec: Spec<'number'>): number {
  const { lower, upper } = spec.goalposts;
  let v = upper;
  if (spec.integer) v = upper >= lower ? Math.ceil(v) : Math.floor(v);
  if (spec.max !== undefined && v > spec.max) v = spec.integer ? Math.floor(spec.max) : spec.max;
  if (spec.min !== undefined && v < spec.min) v = spec.integer ? Math.ceil(spec.min) : spec.min;
  return v;
}
