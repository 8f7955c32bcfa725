import { z } from 'zod';
import { questionCommonFields } from '../schemas/question-parts.ts';
import { fail, OK, type AnswerCheck, type QuestionTypeDef } from './define.ts';

/** A number within [min, max], scored linearly between the goalposts and clamped; lower > upper means smaller is better. */
export const NumberSpecSchema = z.object({
  type: z.literal('number'),
  goalposts: z.object({ lower: z.number(), upper: z.number() }),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
  ...questionCommonFields,
});
export type NumberSpec = z.infer<typeof NumberSpecSchema>;

export const numberType: QuestionTypeDef<NumberSpec, number> = {
  value: z.number(),
  scored: true,
  publicAnswer: true,
  defaultSpec: (common) => ({ type: 'number', goalposts: { lower: 0, upper: 10 }, integer: false, ...common }),
  validate: (spec, report) => {
    if (spec.goalposts.lower === spec.goalposts.upper) report('goalposts', 'goalposts_equal', 'the lower and upper goalposts must differ');
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) report('max', 'range_invalid', 'max must be ≥ min');
  },
  check: checkNumber,
  isGiven: () => true,
  maxPoints: () => 1,
  points: goalpostScore,
  fullAnswer: bestNumber,
  choices: () => null,
  isConditionValue: (spec, value) => checkNumber(spec, value).ok,
  labels: () => [],
  facts: (spec) => ({ partialCredit: null, options: [], goalposts: spec.goalposts }),
};

/** The largest magnitude a number answer may have when its question sets no range: far beyond any real figure. */
export const NUMBER_ANSWER_BOUND = 1e12;

function checkNumber(spec: NumberSpec, value: unknown): AnswerCheck {
  if (typeof value !== 'number') return fail('wrong_type', 'expected a number');
  if (!Number.isFinite(value)) return fail('not_finite', 'expected a finite number');
  if (Math.abs(value) > NUMBER_ANSWER_BOUND) return fail('out_of_range', `at most ${NUMBER_ANSWER_BOUND} in size`);
  if (spec.integer && !Number.isInteger(value)) return fail('not_integer', 'expected a whole number');
  if (spec.min !== undefined && value < spec.min) return fail('out_of_range', `at least ${spec.min}`);
  if (spec.max !== undefined && value > spec.max) return fail('out_of_range', `at most ${spec.max}`);
  return OK;
}

/**
 * Linear from the lower goalpost (0) to the upper one (1), clamped; works both ways. Equal
 * goalposts (rejected by validation) give a step: 1 at or above the goalpost, else 0.
 */
function goalpostScore(spec: NumberSpec, value: number): number {
  const { lower, upper } = spec.goalposts;
  if (lower === upper) return value >= upper ? 1 : 0;
  const t = (value - lower) / (upper - lower);
  return t <= 0 ? 0 : t > 1 ? 1 : t; // t <= 0 also turns -0 (from reversed goalposts) into 0
}

/** The upper goalpost, moved inside [min, max] and to a whole number when the question demands it. */
function bestNumber(spec: NumberSpec): number {
  const { lower, upper } = spec.goalposts;
  let v = upper;
  if (spec.integer) v = upper >= lower ? Math.ceil(v) : Math.floor(v);
  if (spec.max !== undefined && v > spec.max) v = spec.integer ? Math.floor(spec.max) : spec.max;
  if (spec.min !== undefined && v < spec.min) v = spec.integer ? Math.ceil(spec.min) : spec.min;
  return v;
}
