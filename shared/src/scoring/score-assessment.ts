import type { Answers, AnswerValue, Methodology, MissingPolicy, QuestionNode } from '../schemas/methodology.ts';
import { resolveVisibility } from '../rules/answer-rules.ts';
import { minCoverageFor } from './compile.ts';
import { coverageByNode, shortOfCoverage } from './coverage-rule.ts';
import { takesPart } from './mean.ts';
import { isScored, maxPointsOf, pointsFor } from './question-score.ts';
import type { AssessmentScore, NodeScore, PillarScore, QuestionStatus, QuestionTrace, ScoreOptions } from './score-types.ts';
import { assignTier } from './tiers.ts';
import { flattenTree, questionsOf, type TreeEntry } from './tree.ts';
import { aggregateTree, shapeOf } from './tree-shape.ts';

/**
 * Scores one country's answers against a methodology: every node, the overall score (0–100),
 * its tier, a tier per pillar, coverage and a trace per question.
 *
 * - Each level is a weighted mean of the children that have a score (mean.ts); weights are
 *   normalised among those children, so hidden and excluded questions hand their weight to
 *   their siblings.
 * - Missing answers follow `options.missingPolicy ?? methodology.missingPolicy`. Under 'exclude',
 *   a group whose answered share of weight is below the minimum coverage has its missing answers
 *   scored 0 (coverage-rule.ts); the trace marks the group and those questions.
 * - Contributions: the overall score is split top-down; each child gets the part of its parent's
 *   contribution proportional to weight × normalised score. For arithmetic means that is exactly
 *   100 × effectiveWeight × normalised score; for geometric means it splits the (lower) geometric
 *   value in the same proportions. Either way they sum to the overall score (up to float error),
 *   are never negative, and a question that earns nothing contributes nothing.
 *
 * Keys are assumed unique (see validateMethodology); answers are read by question key.
 */
export function scoreAssessment(methodology: Methodology, answers: Answers, options: ScoreOptions = {}): AssessmentScore {
  const aggregation = options.aggregation ?? methodology.aggregation;
  const policy = options.missingPolicy ?? methodology.missingPolicy;
  const entries = flattenTree(methodology);
  const shape = shapeOf(entries, aggregation);
  const visibility = resolveVisibility(questionsOf(entries), answers);
  const weights = new Float64Array(entries.length);
  // node values by pre-order index, NaN = no score; the questions' first, then the groups' from them
  const values = new Float64Array(entries.length);
  const questions: QuestionTrace[] = [];
  const traces = new Map<number, QuestionTrace>();
  for (const e of entries) {
    weights[e.index] = e.node.weight;
    if (e.node.kind !== 'question') continue;
    const trace = traceQuestion(e.node, entries[e.pillar]!.node.key, answers[e.node.key], visibility.get(e.node.key) === true, policy);
    questions.push(trace);
    traces.set(e.index, trace);
    values[e.index] = trace.normalized ?? NaN;
  }
  const minCoverage = minCoverageFor(methodology, policy, options);
  const coverage = minCoverage > 0 ? applyCoverageRule(entries, weights, values, traces, minCoverage) : undefined;
  const root = aggregateTree(shape, weights, values);
  const overall = root === root ? 100 * root : 0;
  const nodes = attribute(entries, weights, values, overall, traces);
  if (coverage) markCoverage(entries, nodes, coverage);
  const pillars = methodology.pillars.map((p, i) => pillarScore(methodology, p.key, orNull(values[shape.pillarNode[i]!]!), questions));
  return {
    overall,
    tier: assignTier(overall, methodology.thresholds),
    coverage: coverageOf(questions),
    missingPolicy: policy,
    minCoverage,
    aggregation,
    pillars,
    nodes,
    questions,
  };
}

const orNull = (v: number): number | null => (v === v ? v : null);

function traceQuestion(node: QuestionNode, pillarKey: string, value: AnswerValue | undefined, visible: boolean, policy: MissingPolicy): QuestionTrace {
  const spec = node.question;
  const maxPoints = maxPointsOf(spec);
  let status: QuestionStatus = 'unscored';
  let points: number | null = null;
  if (!visible) status = 'hidden';
  else if (isScored(spec)) {
    points = pointsFor(spec, value);
    status = points === null ? 'missing' : 'answered';
    if (points === null && policy === 'zero') points = 0;
  }
  const normalized = points === null || !(maxPoints > 0) ? null : points / maxPoints;
  const { key, kind } = node;
  return { key, kind, pillarKey, type: spec.type, status, points, maxPoints, normalized, weight: 0, effectiveWeight: 0, contribution: 0 };
}

interface CoverageOutcome {
  share: Float64Array;
  short: Uint8Array;
}

/**
 * The minimum-coverage rule (coverage-rule.ts), as prepareAnswers applies it: a missing answer in a
 * group short of coverage scores 0; its trace names the highest such group.
 */
function applyCoverageRule(
  entries: readonly TreeEntry[],
  weights: Float64Array,
  values: Float64Array,
  traces: ReadonlyMap<number, QuestionTrace>,
  minCoverage: number,
): CoverageOutcome {
  const answered = new Float64Array(entries.length).fill(NaN);
  for (const [index, trace] of traces) if (trace.status === 'answered' || trace.status === 'missing') answered[index] = trace.status === 'answered' ? 1 : 0;
  const share = coverageByNode(entries, weights, answered);
  const short = shortOfCoverage(entries, share, minCoverage);
  for (const [index, trace] of traces) {
    if (short[index] !== 1 || answered[index] !== 0) continue;
    let top = entries[index]!.parent;
    while (top >= 0 && entries[top]!.parent >= 0 && short[entries[top]!.parent] === 1) top = entries[top]!.parent;
    Object.assign(trace, { points: 0, normalized: 0, zeroedByCoverage: entries[top]!.node.key });
    values[index] = 0;
  }
  return { share, short };
}

/** Writes each group's answered share and whether it was short of the minimum coverage into its node score. */
function markCoverage(entries: readonly TreeEntry[], nodes: Record<string, NodeScore>, { share, short }: CoverageOutcome): void {
  for (const e of entries) {
    if (e.node.kind === 'question') continue;
    const s = share[e.index]!;
    const node = nodes[e.node.key]!;
    node.answeredShare = s === s ? s : null;
    node.belowMinCoverage = short[e.index] === 1;
  }
}

/**
 * Top-down pass over the pre-order: normalised weights, effective weights and contributions (see
 * scoreAssessment). Parents come before their children, and each parent's sums are over the
 * children that take part in its mean.
 */
function attribute(
  entries: readonly TreeEntry[],
  weights: Float64Array,
  values: Float64Array,
  overall: number,
  traces: ReadonlyMap<number, QuestionTrace>,
): Record<string, NodeScore> {
  const n = entries.length;
  const slot = (e: TreeEntry) => (e.parent < 0 ? n : e.parent); // n: the root, above the pillars
  const sumWeights = new Float64Array(n + 1);
  const sumTerms = new Float64Array(n + 1);
  for (const e of entries) {
    const v = values[e.index]!;
    const w = weights[e.index]!;
    if (!takesPart(v, w)) continue;
    sumWeights[slot(e)]! += w;
    sumTerms[slot(e)]! += w * v;
  }
  const effective = new Float64Array(n + 1).fill(1, n);
  const contributions = new Float64Array(n + 1).fill(overall, n);
  const nodes: Record<string, NodeScore> = {};
  for (const e of entries) {
    const p = slot(e);
    const v = values[e.index]!;
    const w = weights[e.index]!;
    const included = takesPart(v, w);
    const weight = included ? w / sumWeights[p]! : 0;
    const contribution = included && sumTerms[p]! > 0 ? (contributions[p]! * w * v) / sumTerms[p]! : 0;
    const score: NodeScore = { key: e.node.key, kind: e.node.kind, normalized: orNull(v), weight, effectiveWeight: effective[p]! * weight, contribution };
    effective[e.index] = score.effectiveWeight;
    contributions[e.index] = contribution;
    const trace = traces.get(e.index);
    if (trace) Object.assign(trace, { weight, effectiveWeight: score.effectiveWeight, contribution });
    nodes[e.node.key] = score;
  }
  return nodes;
}

function coverageOf(questions: readonly QuestionTrace[]): number {
  const counted = questions.filter((q) => q.status === 'answered' || q.status === 'missing');
  return counted.length ? counted.filter((q) => q.status === 'answered').length / counted.length : 1;
}

function pillarScore(m: Methodology, key: string, value: number | null, questions: readonly QuestionTrace[]): PillarScore {
  const normalized = value ?? 0;
  return {
    key,
    normalized,
    score: m.pillarMax * normalized,
    max: m.pillarMax,
    tier: assignTier(100 * normalized, m.thresholds),
    coverage: coverageOf(questions.filter((q) => q.pillarKey === key)),
    empty: value === null,
  };
}
