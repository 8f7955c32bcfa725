import { z } from 'zod';
import { LocalizedStringSchema } from './locale.ts';

/**
 * The pieces every question spec is made of, apart from its type (question-types/): keys,
 * answer values, skip conditions, options and the fields every type shares.
 */

export const NodeKeySchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case letters, digits, dot, dash or underscore');

/** Answer values by question type: yes_no → boolean; status → status key; single_choice → option key;
 * multi_choice → option keys; number → number; text → string. `null` means "no answer". */
export const AnswerValueSchema = z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = Record<string, AnswerValue | undefined>;

/** Shows a question only while the condition on another answer holds; a hidden question is never
 * scored and never counts as missing. */
export const ShowIfSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), question: NodeKeySchema, value: AnswerValueSchema }),
  z.object({ op: z.literal('in'), question: NodeKeySchema, values: z.array(AnswerValueSchema).min(1) }),
  z.object({ op: z.literal('answered'), question: NodeKeySchema }),
]);
export type ShowIf = z.infer<typeof ShowIfSchema>;

export const OptionSchema = z.object({
  key: NodeKeySchema,
  points: z.number().min(0),
  label: LocalizedStringSchema,
});
export type Option = z.infer<typeof OptionSchema>;

export const EVIDENCE_REQUIREMENTS = ['none', 'optional', 'required'] as const;

/** The fields of every question spec, whatever its type (spread into each type's schema). */
export const questionCommonFields = {
  required: z.boolean().default(true),
  evidence: z.enum(EVIDENCE_REQUIREMENTS).default('optional'),
  showIf: ShowIfSchema.optional(),
};
export type QuestionCommon = z.infer<z.ZodObject<typeof questionCommonFields>>;
