import type { Aggregation, MissingPolicy, NodeKind, QuestionType } from '../schemas/methodology.ts';

/**
 * How a question took part in scoring:
 * - answered: a valid answer, scored
 * - missing: visible, scored type, no valid answer; scores 0 under 'zero', left out under 'exclude'
 * - hidden: its skip condition is false; never scored, never missing
 * - unscored: free text
 */
export type QuestionStatus = 'answered' | 'missing' | 'hidden' | 'unscored';

/** Where one node's score comes from and what it adds to the overall score. */
export interface NodeScore {
  key: string;
  kind: NodeKind;
  /** 0–1, or null when the node has nothing scored below it (it is then left out of its parent) */
  normalized: number | null;
  /** its weight divided by the sum of its scored siblings' weights (0–1); 0 when left out */
  weight: number;
  /** product of `weight` from the pillar down to this node (0–1) */
  effectiveWeight: number;
  /** points of the overall score (0–100) attributed to this node; siblings sum to their parent's */
  contribution: number;
  /** groups under 'exclude' with a minimum coverage: the answered share of the group's weight (0–1), null when nothing below counts */
  answeredShare?: number | null;
  /** true when this group's answered share, or that of a group above it, is below the minimum coverage: its missing answers scored 0 */
  belowMinCoverage?: boolean;
}

/** The trace of one question: from the answer to its part of the overall score. */
export interface QuestionTrace extends NodeScore {
  kind: 'question';
  pillarKey: string;
  type: QuestionType;
  status: QuestionStatus;
  /** points earned (0 for a missing answer under 'zero'), null when left out */
  points: number | null;
  /** points a full answer earns; 0 for free text */
  maxPoints: number;
  /** a missing answer scored 0 because a group above it was short of the minimum coverage (the key of the highest such group) */
  zeroedByCoverage?: string;
}

export interface PillarScore {
  key: string;
  /** 0–1; 0 when the pillar has nothing scored (see `empty`) */
  normalized: number;
  /** pillarMax × normalized (GCI: 0–20) */
  score: number;
  /** pillarMax */
  max: number;
  /** tier of 100 × normalized against the methodology's thresholds */
  tier: number;
  /** answered / visible scored questions in the pillar, 0–1 (1 when none is visible) */
  coverage: number;
  /** true when nothing in the pillar is scored: it is reported as 0 but left out of the overall mean */
  empty: boolean;
}

/** The result of scoring one country's answers. Contains no rank. */
export interface AssessmentScore {
  /** 100 × weighted mean of the pillars' normalised scores, 0–100 (0 when nothing is scored) */
  overall: number;
  tier: number;
  /** answered / visible scored questions, 0–1 (1 when none is visible) */
  coverage: number;
  missingPolicy: MissingPolicy;
  /** the minimum coverage that applied (0: none; always 0 under 'zero') */
  minCoverage: number;
  aggregation: Aggregation;
  /** in methodology order */
  pillars: PillarScore[];
  /** every node (pillars, groups and questions) by key */
  nodes: Record<string, NodeScore>;
  /** every question in tree order; contributions sum to `overall` */
  questions: QuestionTrace[];
}

/** Overrides of the methodology's own scoring settings. */
export interface ScoreOptions {
  missingPolicy?: MissingPolicy;
  /** replaces the version's minimum coverage (applies under 'exclude' only) */
  minCoverage?: number;
  /** replaces the methodology-wide aggregation; a node's own `aggregation` still wins */
  aggregation?: Aggregation;
}
