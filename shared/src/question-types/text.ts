import { z } from 'zod';
import { questionCommonFields } from '../schemas/question-parts.ts';
import { fail, NO_FACTS, OK, type QuestionTypeDef } from './define.ts';

/** Free text up to maxLength UTF-16 units (as zod's `.max()` and HTML `maxlength` count), never scored. */
export const TextSpecSchema = z.object({ type: z.literal('text'), maxLength: z.number().int().positive().default(4000), ...questionCommonFields });
export type TextSpec = z.infer<typeof TextSpecSchema>;

export const textType: QuestionTypeDef<TextSpec, string> = {
  value: z.string(),
  scored: false,
  publicAnswer: false,
  defaultSpec: (common) => ({ type: 'text', maxLength: 4000, ...common }),
  validate: () => {},
  check: (spec, value) => {
    if (typeof value !== 'string') return fail('wrong_type', 'expected text');
    return value.length <= spec.maxLength ? OK : fail('too_long', `at most ${spec.maxLength} characters`);
  },
  isGiven: (value) => value.trim() !== '',
  maxPoints: () => 0,
  points: () => 0,
  fullAnswer: () => null,
  choices: () => null,
  isConditionValue: (spec, value) => textType.check(spec, value).ok,
  labels: () => [],
  facts: () => NO_FACTS,
};
