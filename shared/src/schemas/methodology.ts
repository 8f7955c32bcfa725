import { z } from 'zod';
import { LocalizedStringSchema } from './locale.ts';

/**
 * A methodology version: a tree pillar → indicator → sub-indicator → question
 * (depth may vary: an indicator may hold questions directly), tier thresholds
 * and the scoring settings. Plain data, shared by server, browser and fixtures.
 */

export const NodeKeySchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lower-case letters, digits, dot, dash or underscore');

export const NodeTextsSchema = z.object({
  title: LocalizedStringSchema,
  description: LocalizedStringSchema.optional(),
  help: LocalizedStringSchema.optional(),
  criteria: LocalizedStringSchema.optional(),
  evidence: LocalizedStringSchema.optional(),
});
export type NodeTexts = z.infer<typeof NodeTextsSchema>;

/** Answer values by question type: yes_no → boolean; status → status key; single_choice → option key;
 * multi_choice → option keys; number → number; text → string. `null` means "no answer". */
export const AnswerValueSchema = z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = Record<string, AnswerValue | undefined>;

export const STATUS_VALUES = ['in_place', 'partial', 'absent'] as const;
export const StatusValueSchema = z.enum(STATUS_VALUES);
export type StatusValue = z.infer<typeof StatusValueSchema>;

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

const common = {
  required: z.boolean().default(true),
  evidence: z.enum(['none', 'optional', 'required']).default('optional'),
  showIf: ShowIfSchema.optional(),
};

export const QuestionSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes_no'), ...common }),
  /** in place = 1, partially in place or in progress = partialCredit, absent = 0 */
  z.object({ type: z.literal('status'), partialCredit: z.number().min(0).max(1).default(0.5), ...common }),
  z.object({ type: z.literal('single_choice'), options: z.array(OptionSchema).min(2), maxPoints: z.number().positive(), ...common }),
  /** points of the chosen options are summed and capped at maxPoints */
  z.object({ type: z.literal('multi_choice'), options: z.array(OptionSchema).min(1), maxPoints: z.number().positive(), ...common }),
  /** linear between the goalposts, clamped; lower > upper means smaller is better */
  z.object({
    type: z.literal('number'),
    goalposts: z.object({ lower: z.number(), upper: z.number() }),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
    ...common,
  }),
  /** free text, never scored */
  z.object({ type: z.literal('text'), maxLength: z.number().int().positive().default(4000), ...common }),
]);
export type QuestionSpec = z.infer<typeof QuestionSpecSchema>;
export type QuestionType = QuestionSpec['type'];

export const AGGREGATIONS = ['arithmetic', 'geometric'] as const;
export const AggregationSchema = z.enum(AGGREGATIONS);
export type Aggregation = z.infer<typeof AggregationSchema>;

export const GROUP_KINDS = ['pillar', 'indicator', 'sub_indicator'] as const;
export const NODE_KINDS = [...GROUP_KINDS, 'question'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export type NodeKind = (typeof NODE_KINDS)[number];

export interface QuestionNode {
  kind: 'question';
  key: string;
  order: number;
  weight: number;
  texts: NodeTexts;
  question: QuestionSpec;
}
export interface GroupNode {
  kind: GroupKind;
  key: string;
  order: number;
  weight: number;
  texts: NodeTexts;
  /** overrides the methodology's aggregation for this node's children */
  aggregation?: Aggregation;
  children: MethodologyNode[];
}
export type MethodologyNode = GroupNode | QuestionNode;

export const QuestionNodeSchema = z.object({
  kind: z.literal('question'),
  key: NodeKeySchema,
  order: z.number().int(),
  weight: z.number(),
  texts: NodeTextsSchema,
  question: QuestionSpecSchema,
});

export const GroupNodeSchema: z.ZodType<GroupNode, unknown> = z.lazy(() =>
  z.object({
    kind: z.enum(GROUP_KINDS),
    key: NodeKeySchema,
    order: z.number().int(),
    weight: z.number(),
    texts: NodeTextsSchema,
    aggregation: AggregationSchema.optional(),
    children: z.array(MethodologyNodeSchema),
  }),
);
export const MethodologyNodeSchema: z.ZodType<MethodologyNode, unknown> = z.lazy(() =>
  z.union([QuestionNodeSchema, GroupNodeSchema]),
);

export const TierThresholdSchema = z.object({
  tier: z.number().int().min(1).max(9),
  key: NodeKeySchema,
  name: LocalizedStringSchema,
  /** lowest overall score (0–100) of the tier; a score equal to it belongs to this tier */
  min: z.number(),
});
export type TierThreshold = z.infer<typeof TierThresholdSchema>;

export const MISSING_POLICIES = ['zero', 'exclude'] as const;
export const MissingPolicySchema = z.enum(MISSING_POLICIES);
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;

export const MethodologySchema = z.object({
  key: NodeKeySchema,
  name: LocalizedStringSchema,
  edition: z.number().int().min(2000).max(2100),
  /** the points each pillar is worth when pillar weights are equal (GCI: 20, total 100) */
  pillarMax: z.number().positive().default(20),
  aggregation: AggregationSchema.default('arithmetic'),
  /** 'zero': a missing answer scores 0 (GCI practice); 'exclude': left out, coverage reported */
  missingPolicy: MissingPolicySchema.default('zero'),
  /** ordered from the best tier (1) to the lowest; the lowest tier's min is 0 */
  thresholds: z.array(TierThresholdSchema).min(1),
  pillars: z.array(GroupNodeSchema).min(1),
});
export type Methodology = z.infer<typeof MethodologySchema>;
