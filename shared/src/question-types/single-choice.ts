import { z } from 'zod';
import { OptionSchema, questionCommonFields } from '../schemas/question-parts.ts';
import { fail, OK, type QuestionTypeDef } from './define.ts';
import { isOption, newOptions, optionChoices, optionFacts, optionLabels, validateOptions } from './options.ts';

/** One option, worth its points (capped at maxPoints). */
export const SingleChoiceSpecSchema = z.object({
  type: z.literal('single_choice'),
  options: z.array(OptionSchema).min(2),
  maxPoints: z.number().positive(),
  ...questionCommonFields,
});
export type SingleChoiceSpec = z.infer<typeof SingleChoiceSpecSchema>;

export const singleChoiceType: QuestionTypeDef<SingleChoiceSpec, string> = {
  value: z.string(),
  scored: true,
  publicAnswer: true,
  defaultSpec: (common) => ({ type: 'single_choice', options: newOptions(2), maxPoints: 1, ...common }),
  validate: validateOptions,
  check: (spec, value) => {
    if (typeof value !== 'string') return fail('wrong_type', 'expected one option key');
    return isOption(spec, value) ? OK : fail('unknown_option', `"${value}" is not an option`);
  },
  isGiven: () => true,
  maxPoints: (spec) => spec.maxPoints,
  points: (spec, value) => Math.min(spec.maxPoints, spec.options.find((o) => o.key === value)?.points ?? 0),
  fullAnswer: (spec) => spec.options.reduce((best, o) => (o.points > best.points ? o : best)).key,
  choices: optionChoices,
  isConditionValue: (spec, value) => singleChoiceType.check(spec, value).ok,
  labels: optionLabels,
  facts: optionFacts,
};
