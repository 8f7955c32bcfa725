import { z } from 'zod';
import { QuestionSpecSchema, type QuestionSpec } from '../question-types/spec.ts';
import { LocalizedStringSchema } from './locale.ts';
import { NodeKeySchema } from './question-parts.ts';

export { NodeKeySchema, AnswerValueSchema, ShowIfSchema, OptionSchema } from './question-parts.ts';
export type { AnswerValue, Answers, ShowIf, Option, QuestionCommon } from './question-parts.ts';
export { QuestionSpecSchema, QuestionTypeSchema, QUESTION_TYPE_NAMES } from '../question-types/spec.ts';
export type { QuestionSpec, QuestionType, SpecOf } from '../question-types/spec.ts';
export { STATUS_VALUES, StatusValueSchema } from '../question-types/status.ts';
export type { StatusValue } from '../question-types/status.ts';

/**
 * A methodology version: a tree pillar → indicator → sub-indicator → question
 * (depth may vary: an indicator may hold questions directly), tier thresholds
 * and the scoring settings. Plain data, shared by server, browser and fixtures.
 */

export const NodeTextsSchema = z.object({
  title: LocalizedStringSchema,
  description: LocalizedStringSchema.optional(),
  help: LocalizedStringSchema.optional(),
  criteria: LocalizedStringSchema.optional(),
  evidence: LocalizedStringSchema.optional(),
});
export type NodeTexts = z.infer<typeof NodeTextsSchema>;

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

/** The largest weight: sums of thousands of weights stay far from overflow and keep their precision. */
export const MAX_WEIGHT = 1_000_000;
/** A finite number (zod refuses infinities); its range is checked by validateMethodology, beside the node in the editor. */
const WeightSchema = z.number();

/** How deep a tree may go (pillar = 1) and how many nodes it may hold: far above any index, far below what exhausts a server. */
export const MAX_TREE_DEPTH = 10;
export const MAX_TREE_NODES = 5_000;

export const QuestionNodeSchema = z.object({
  kind: z.literal('question'),
  key: NodeKeySchema,
  order: z.number().int(),
  weight: WeightSchema,
  texts: NodeTextsSchema,
  question: QuestionSpecSchema,
});

export const GroupNodeSchema: z.ZodType<GroupNode, unknown> = z.lazy(() =>
  z.object({
    kind: z.enum(GROUP_KINDS),
    key: NodeKeySchema,
    order: z.number().int(),
    weight: WeightSchema,
    texts: NodeTextsSchema,
    aggregation: AggregationSchema.optional(),
    children: z.array(MethodologyNodeSchema),
  }),
);
export const MethodologyNodeSchema: z.ZodType<MethodologyNode, unknown> = z.lazy(() => z.union([QuestionNodeSchema, GroupNodeSchema]));

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

/**
 * How tier stability draws weights (stability.ts). Defaults follow the published sensitivity
 * analyses of the GCI: the pillar weights only, each times (1 + 13 % · a standard normal), 4,000
 * draws, a fixed seed.
 */
export const STABILITY_VARY = ['pillars', 'all'] as const;
export const StabilityVarySchema = z.enum(STABILITY_VARY);
export type StabilityVary = z.infer<typeof StabilityVarySchema>;
export const WeightDistributionSchema = z.discriminatedUnion('kind', [
  /** each weight times (1 + spread · u), u uniform in [−1, 1) */
  z.object({ kind: z.literal('uniform'), spread: z.number().min(0).max(1) }),
  /** each weight times max(0, 1 + sd · z), z standard normal */
  z.object({ kind: z.literal('normal'), sd: z.number().min(0).max(1) }),
  /** each level's weight shares drawn from a Dirichlet with mean the configured shares; larger = tighter */
  z.object({ kind: z.literal('dirichlet'), concentration: z.number().min(1).max(1_000_000) }),
]);
export type WeightDistribution = z.infer<typeof WeightDistributionSchema>;
export const StabilitySettingsSchema = z.object({
  vary: StabilityVarySchema,
  distribution: WeightDistributionSchema,
  draws: z.number().int().min(100).max(100_000),
  seed: z.number().int().min(0).max(4_294_967_295),
});
export type StabilitySettings = z.infer<typeof StabilitySettingsSchema>;
export const DEFAULT_STABILITY_SETTINGS: StabilitySettings = { vary: 'pillars', distribution: { kind: 'normal', sd: 0.13 }, draws: 4000, seed: 45 };

/** The methodology's stability settings, or the defaults for a version saved without them. */
export function stabilitySettingsOf(methodology: { stability?: StabilitySettings | undefined }): StabilitySettings {
  return methodology.stability ?? DEFAULT_STABILITY_SETTINGS;
}

/**
 * Which countries a pillar is compared with to call it an area of relative strength or of
 * potential growth: the countries of its tier (ITU 2024), of its region, all of them, or those of
 * its region within its tier.
 */
export const PEER_GROUPS = ['tier', 'region', 'all', 'region_tier'] as const;
export const PeerGroupSchema = z.enum(PEER_GROUPS);
export type PeerGroup = z.infer<typeof PeerGroupSchema>;

/**
 * The rule of strengths and areas for growth. A pillar is a strength when its score is at least
 * `margin` points (of the pillar's 0–pillarMax) above the group's average, an area for growth when
 * it is more than `margin` below it; with margin 0 every pillar is one or the other.
 */
export const PeerAreaRuleSchema = z.object({
  group: PeerGroupSchema,
  margin: z.number().min(0).max(100),
  /** whether the country's own score is in its group's average (ITU: yes) */
  includeSelf: z.boolean(),
});
export type PeerAreaRule = z.infer<typeof PeerAreaRuleSchema>;

/** ITU 2024: at or above the average of the country's tier (itself included) → strength, otherwise growth. */
export const DEFAULT_PEER_AREA_RULE: PeerAreaRule = { group: 'tier', margin: 0, includeSelf: true };

/** Refuses a tree deeper than MAX_TREE_DEPTH or larger than MAX_TREE_NODES, naming the first node too deep. */
function checkTreeSize(pillars: readonly MethodologyNode[], ctx: z.RefinementCtx): void {
  let count = 0;
  const visit = (node: MethodologyNode, depth: number, path: (string | number)[]): boolean => {
    count += 1;
    if (depth > MAX_TREE_DEPTH) {
      ctx.addIssue({ code: 'custom', message: `nested more than ${MAX_TREE_DEPTH} levels deep`, path });
      return false;
    }
    if (node.kind === 'question') return true;
    return node.children.every((child, i) => visit(child, depth + 1, [...path, 'children', i]));
  };
  if (!pillars.every((pillar, i) => visit(pillar, 1, [i]))) return;
  if (count > MAX_TREE_NODES) ctx.addIssue({ code: 'custom', message: `${count} nodes, more than the ${MAX_TREE_NODES} a methodology may hold` });
}

export const MethodologySchema = z.object({
  key: NodeKeySchema,
  name: LocalizedStringSchema,
  edition: z.number().int().min(2000).max(2100),
  /** the points each pillar is worth when pillar weights are equal (GCI: 20, total 100) */
  pillarMax: z.number().positive().default(20),
  aggregation: AggregationSchema.default('arithmetic'),
  /** 'zero': a missing answer scores 0 (GCI practice); 'exclude': left out, coverage reported */
  missingPolicy: MissingPolicySchema.default('zero'),
  /**
   * under 'exclude': the answered share of weight (0–1) a group needs to be scored from its answers;
   * below it, its missing answers score 0 (scoring/coverage-rule.ts). 0 = off. Absent = 0, so versions
   * saved before it existed keep their scores and content hash; new drafts start at DEFAULT_MIN_COVERAGE.
   */
  minCoverage: z.number().min(0).max(1).optional(),
  /** strengths and areas for growth; absent: DEFAULT_PEER_AREA_RULE (left out so older versions keep their content hash) */
  peerAreas: PeerAreaRuleSchema.optional(),
  /** ordered from the best tier (1) to the lowest; the lowest tier's min is 0 */
  thresholds: z.array(TierThresholdSchema).min(1),
  pillars: z.array(GroupNodeSchema).min(1).superRefine(checkTreeSize),
  /** how tier stability is computed; absent = DEFAULT_STABILITY_SETTINGS (not filled in, so older versions keep their content hash) */
  stability: StabilitySettingsSchema.optional(),
});
export type Methodology = z.infer<typeof MethodologySchema>;

/** The minimum coverage the editor offers when 'exclude' is chosen (50 % of a group's weight answered). */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** The version's minimum coverage under 'exclude' (0 = off, also when it sets none). */
export const minCoverageOf = (m: Pick<Methodology, 'minCoverage'>): number => m.minCoverage ?? 0;

/** The version's rule of strengths and areas for growth, the default when it sets none. */
export const peerAreaRuleOf = (m: Pick<Methodology, 'peerAreas'>): PeerAreaRule => m.peerAreas ?? DEFAULT_PEER_AREA_RULE;
