import { z } from 'zod';
import { questionCommonFields } from '../schemas/question-parts.ts';
import { fail, NO_FACTS, OK, type QuestionTypeDef } from './define.ts';

/** Yes (1 point) or no (0). */
export const YesNoSpecSchema = z.object({ type: z.literal('yes_no'), ...questionCommonFields });
export type YesNoSpec = z.infer<typeof YesNoSpecSchema>;

export const yesNoType: QuestionTypeDef<YesNoSpec, boolean> = {
  value: z.boolean(),
  scored: true,
  publicAnswer: true,
  defaultSpec: (common) => ({ type: 'yes_no', ...common }),
  validate: () => {},
  check: (_spec, value) => (typeof value === 'boolean' ? OK : fail('wrong_type', 'expected yes or no (a boolean)')),
  isGiven: () => true,
  maxPoints: () => 1,
  points: (_spec, value) => (value ? 1 : 0),
  fullAnswer: () => true,
  choices: () => [
    { value: true, key: 'yes' },
    { value: false, key: 'no' },
  ],
  isConditionValue: (spec, value) => yesNoType.check(spec, value).ok,
  labels: () => [],
  facts: () => NO_FACTS,
};
