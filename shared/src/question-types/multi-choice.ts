import { z } from 'zod';
import { OptionSchema, questionCommonFields } from '../schemas/question-parts.ts';
import { fail, OK, type QuestionTypeDef } from './define.ts';
import { isOption, newOptions, optionChoices, optionFacts, optionLabels, validateOptions } from './options.ts';

/** Any options (none is an answer too): the points of the chosen ones are summed and capped at maxPoints. */
export const MultiChoiceSpecSchema = z.object({
  type: z.literal('multi_choice'),
  options: z.array(OptionSchema).min(1),
  maxPoints: z.number().positive(),
  ...questionCommonFields,
});
export type MultiChoiceSpec = z.infer<typeof MultiChoiceSpecSchema>;

export const multiChoiceType: QuestionTypeDef<MultiChoiceSpec, string[]> = {
  value: z.array(z.string()),
  scored: true,
  publicAnswer: true,
  defaultSpec: (common) => ({ type: 'multi_choice', options: newOptions(2), maxPoints: 1, ...common }),
  validate: validateOptions,
  check: (spec, value) => {
    if (!Array.isArray(value)) return fail('wrong_type', 'expected a list of option keys');
    const unknown = value.find((k) => !isOption(spec, k));
    if (unknown !== undefined) return fail('unknown_option', `"${unknown}" is not an option`);
    return new Set(value).size === value.length ? OK : fail('duplicate_option', 'an option is chosen twice');
  },
  isGiven: () => true,
  maxPoints: (spec) => spec.maxPoints,
  points: (spec, value) =>
    Math.min(
      spec.maxPoints,
      spec.options.reduce((acc, o) => (value.includes(o.key) ? acc + o.points : acc), 0),
    ),
  fullAnswer: bestOptionSet,
  choices: optionChoices,
  // "shown if option X is among the chosen ones" compares with one key
  isConditionValue: (spec, value) => (typeof value === 'string' ? isOption(spec, value) : multiChoiceType.check(spec, value).ok),
  labels: optionLabels,
  facts: optionFacts,
};

/** The fewest options (highest points first) that reach maxPoints, or every option with points if they cannot; in option order. */
function bestOptionSet(spec: MultiChoiceSpec): string[] {
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
