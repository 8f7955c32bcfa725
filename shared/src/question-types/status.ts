import { z } from 'zod';
import { questionCommonFields } from '../schemas/question-parts.ts';
import { fail, OK, type QuestionTypeDef } from './define.ts';

export const STATUS_VALUES = ['in_place', 'partial', 'absent'] as const;
export const StatusValueSchema = z.enum(STATUS_VALUES);
export type StatusValue = z.infer<typeof StatusValueSchema>;

/** in place = 1, partially in place or in progress = partialCredit, absent = 0 */
export const StatusSpecSchema = z.object({ type: z.literal('status'), partialCredit: z.number().min(0).max(1).default(0.5), ...questionCommonFields });
export type StatusSpec = z.infer<typeof StatusSpecSchema>;

export const statusType: QuestionTypeDef<StatusSpec, StatusValue> = {
  value: StatusValueSchema,
  scored: true,
  publicAnswer: true,
  defaultSpec: (common) => ({ type: 'status', partialCredit: 0.5, ...common }),
  validate: () => {},
  check: (_spec, value) => {
    if (typeof value !== 'string') return fail('wrong_type', 'expected a status');
    return (STATUS_VALUES as readonly string[]).includes(value) ? OK : fail('unknown_option', `unknown status "${value}"`);
  },
  isGiven: () => true,
  maxPoints: () => 1,
  points: (spec, value) => (value === 'in_place' ? 1 : value === 'partial' ? spec.partialCredit : 0),
  fullAnswer: () => 'in_place',
  choices: () => STATUS_VALUES.map((s) => ({ value: s, key: s })),
  isConditionValue: (spec, value) => statusType.check(spec, value).ok,
  labels: () => [],
  facts: (spec) => ({ partialCredit: spec.partialCredit, options: [], goalposts: null }),
};
